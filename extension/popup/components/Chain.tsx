/**
 * The provenance chain as a vertical timeline, newest first: this copy on top, the original at
 * the bottom. A long run of middle hops (four or more) folds into a count until asked for.
 */
import { useState } from 'preact/hooks';
import type { Hop } from '../../../src/report';
import { useEnv } from '../context';
import { HopItem } from './HopItem';

const FOLD_AT = 4;

export function Chain({ chain }: { chain: Hop[] }) {
  const { t } = useEnv();
  const [open, setOpen] = useState(false);
  const middle = chain.slice(1, -1);
  const fold = !open && middle.length >= FOLD_AT;
  const first = chain[0];
  const last = chain.length > 1 ? chain[chain.length - 1] : undefined;
  return (
    <section class="section" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('chainHeading')}</h2>
      <ol class="chain" aria-label={t('chainLabel')}>
        {first && <HopItem hop={first} />}
        {fold ? (
          <li class="hop hop--folded">
            <span>{t('collapsedHops', [String(middle.length)])}</span>
            <button
              type="button"
              class="link-button"
              aria-expanded="false"
              onClick={() => setOpen(true)}
            >
              {t('showHops')}
            </button>
          </li>
        ) : (
          middle.map((hop, i) => <HopItem key={`${i}-${hop.publisher}`} hop={hop} />)
        )}
        {last && <HopItem hop={last} />}
      </ol>
    </section>
  );
}
