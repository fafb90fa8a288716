import { isArticleUrl } from '../chain/build';
import { sameParty } from '../chain/publisher';
import type { Attribution, CopyrightNotice, Hop } from '../report';

const CREDIT_KINDS = new Set([
  'original-source',
  'republished-from',
  'more-from',
  'provider-line',
  'microdata-source-organization',
  'source-line',
  'via',
  'wire',
  'dated-source',
]);

/**
 * How completely a cross-post credits its source: named in the page's text, the original's
 * copyright notice kept, and the original article itself linked (a home page is not enough).
 */
export function attributionOf(chain: Hop[], notices: CopyrightNotice[]): Attribution | null {
  const sources = chain.slice(1);
  if (!sources.length) return null;
  const sourceNamed = sources.some(
    (h) => !!h.publisher && h.evidence.some((e) => e.source === 'text' && CREDIT_KINDS.has(e.kind)),
  );
  const copyrightKept = notices.some(
    (n) =>
      n.scope !== 'site' &&
      n.scope !== 'media' &&
      n.holders.some((holder) =>
        sources.some((h) =>
          sameParty({ name: holder, domain: null }, { name: h.publisher, domain: h.domain }),
        ),
      ),
  );
  const originalLinked = sources.some((h) => isArticleUrl(h.url));
  return { sourceNamed, copyrightKept, originalLinked };
}
