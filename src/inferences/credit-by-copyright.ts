import { isHost } from '../chain/build';
import type { Finding } from '../detectors/types';
import type { Inference } from './types';

/**
 * "Reprinted with permission." with no name: the article's copyright line, when it names
 * someone other than the host, says whose permission — and so who published it first.
 */
export const creditByCopyright: Inference = {
  id: 'credit-by-copyright',
  description:
    'An unnamed "Reprinted with permission." takes its source from the article\'s copyright line.',
  infer(findings, host) {
    if (!findings.some((f) => f.kind === 'republished-from' && !f.party)) return [];
    const out: Finding[] = [];
    for (const f of findings) {
      if (f.kind !== 'copyright' || f.copyright?.scope !== 'article') continue;
      for (const holder of f.copyright.holders) {
        const party = { name: holder, domain: null, url: null, date: null };
        if (!isHost(host, party))
          out.push({
            ...f,
            kind: 'republished-from',
            strength: 'strong',
            party,
            depth: 'original',
            copyright: undefined,
          });
      }
    }
    return out;
  },
  examples: {
    positive: [
      {
        html: '<p><em>Reprinted with permission.</em> © 2024 Harbour Gazette Ltd.</p>',
        expect: { name: 'Harbour Gazette Ltd' },
      },
    ],
    negative: [
      { html: '<p><em>Reprinted with permission.</em></p>' },
      { html: '<p>© 2024 Harbour Gazette Ltd.</p>' },
    ],
  },
};
