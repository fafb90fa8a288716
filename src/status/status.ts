import type { Status } from '../report';

/** What the status rests on: the page's own verdicts, reduced to counts. */
export interface StatusInput {
  /** Why the page is not an article, or null. */
  notArticle: string | null;
  /** Publishers credited strongly enough to be hops (`HOP_LEVEL`). */
  hops: number;
  /** Publishers named, but below `HOP_LEVEL` (a bare name, a hint). */
  hints: number;
  /** A credit to nobody in particular: "Reprinted with permission.", "Source: Agencies". */
  unnamedCredit: boolean;
}

/**
 * The status rule, in one place:
 *
 * | not an article | hops | hints or unnamed credit | status        |
 * |----------------|------|-------------------------|---------------|
 * | yes            | any  | any                     | `not-article` |
 * | no             | ≥ 1  | any                     | `cross-post`  |
 * | no             | 0    | yes                     | `unknown`     |
 * | no             | 0    | no                      | `original`    |
 */
export function statusOf(input: StatusInput): Status {
  if (input.notArticle) return 'not-article';
  if (input.hops > 0) return 'cross-post';
  if (input.hints > 0 || input.unnamedCredit) return 'unknown';
  return 'original';
}
