/**
 * The provenance chain as a vertical timeline, newest first: this copy on top, the original at
 * the bottom. A long run of middle hops (four or more) folds into a count until asked for.
 */
import { useState } from 'preact/hooks';
import type { Hop } from '../../../src/report';
import { useEnv } from '../context';
import { listedEvidence } from '../evidence';
import { HopItem } from './HopItem';

const FOLD_AT = 4;

export function Chain({ chain }: { chain: Hop[] }) {
  const { t } = useEnv();
  const [open, setOpen] = useState(false);
  const middle = chain.slice(1, -1);
  const fold = !open && middle.length >= FOLD_AT;
  const first = chain[0];
  const last = chain.length > 1 ? chain[chain.length - 1] : undefined;
  // Worked out over the whole chain, so a quote two hops rest on is listed once.
  const listed = listedEvidence(chain);
  const lastAt = chain.length - 1;
  return (
    <section class="section" aria-labelledby="chain-heading">
      <h2 id="chain-heading">{t('chainHeading')}</h2>
      <ol class="chain" aria-label={t('chainLabel')}>
        {first && <HopItem hop={first} evidence={listed[0] ?? []} />}
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
          middle.map((hop, i) => (
            <HopItem key={`${i}-${hop.publisher}`} hop={hop} evidence={listed[i + 1] ?? []} />
          ))
        )}
        {last && <HopItem hop={last} evidence={listed[lastAt] ?? []} />}
      </ol>
    </section>
  );
}
