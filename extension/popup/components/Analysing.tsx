/** The popup while the page is being read: the first thing it shows. */
import { useEnv } from '../context';

export function Analysing() {
  const { t } = useEnv();
  return (
    <div class="head head--loading" role="status">
      <p class="status">
        <span class="spinner" aria-hidden="true" />
        {t('statusAnalysing')}
      </p>
      <p class="lede">{t('analysingDetail')}</p>
    </div>
  );
}
