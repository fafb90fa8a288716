/**
 * The one setting: badges on every page, which needs host access. The popup asks for it
 * (a permission request must come from a click); the background registers the content
 * script when the browser reports the permission added.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Browser } from '../../shared/browser';
import { AUTO_HOSTS as ORIGINS } from '../../shared/hosts';
import { useEnv } from '../context';

export function AutoBadges({ api }: { api: Browser }) {
  const { t } = useEnv();
  const [granted, setGranted] = useState<boolean | null>(null);
  useEffect(() => {
    api.permissions.contains({ origins: ORIGINS }).then(setGranted, () => setGranted(null));
  }, [api]);
  if (granted === null) return null;
  // Called straight from the click: Firefox refuses a request made after an await.
  const ask = () => api.permissions.request({ origins: ORIGINS }).then(setGranted, () => {});
  const drop = () => api.permissions.remove({ origins: ORIGINS }).then((r) => setGranted(!r));
  return (
    <footer class="settings">
      {granted ? (
        <p>
          {t('autoBadgesOn')}{' '}
          <button type="button" class="link-button" onClick={() => void drop()}>
            {t('autoBadgesTurnOff')}
          </button>
        </p>
      ) : (
        <>
          <button type="button" class="button button--quiet" onClick={() => void ask()}>
            {t('autoBadgesOff')}
          </button>
          <p class="muted">{t('autoBadgesOffHint')}</p>
        </>
      )}
    </footer>
  );
}
