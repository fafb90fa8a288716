/**
 * How each status is shown, in one place: the toolbar badge's text and colour, the mark the
 * popup shows beside its label, the interface's message keys (label, badge tooltip, headline)
 * and the English label the exports write. The badge, the popup, the library and the exports
 * all read this table.
 *
 * Message keys are plain strings here (the core does not read the extension's catalogue);
 * extension/shared/status.ts checks them against the catalogue's keys at type-check time.
 */
import type { Status } from '../report';

export interface StatusWords {
  /** The toolbar badge's text: short, different for each status, so it reads without colour. */
  badge: string;
  /** The badge's background: dark enough for white text (contrast above 4.5:1). */
  color: string;
  /** The mark beside the popup's label (the badge's text, or a dash where the badge is empty). */
  mark: string;
  /** The status's name in the interface ("Cross-post"). */
  labelKey: string;
  /** The badge's tooltip when nothing more is known. */
  badgeTitleKey: string;
  /** The popup's headline when nothing more is known. */
  headlineKey: string;
  /** The status's name in the exports' text, which are written in English. */
  english: string;
}

export const STATUS_WORDS = {
  'cross-post': {
    badge: 'COPY',
    color: '#9a3412',
    mark: 'COPY',
    labelKey: 'statusCrossPost',
    badgeTitleKey: 'badgeCrossPost',
    headlineKey: 'headlineCrossPost',
    english: 'Cross-post',
  },
  original: {
    badge: 'ORIG',
    color: '#166534',
    mark: 'ORIG',
    labelKey: 'statusOriginal',
    badgeTitleKey: 'badgeOriginal',
    headlineKey: 'headlineOriginal',
    english: 'Original',
  },
  unknown: {
    badge: '?',
    color: '#4b5563',
    mark: '?',
    labelKey: 'statusUnknown',
    badgeTitleKey: 'badgeUnknown',
    headlineKey: 'headlineUnknown',
    english: 'Status unknown',
  },
  'not-article': {
    badge: '',
    color: '#4b5563',
    mark: '—',
    labelKey: 'statusNotArticle',
    badgeTitleKey: 'badgeNotArticle',
    headlineKey: 'headlineNotArticle',
    english: 'Not an article',
  },
} as const satisfies Record<Status, StatusWords>;

/** Every status, in the report contract's order (the JSON Schema's enum). */
export const STATUSES: readonly Status[] = ['original', 'cross-post', 'unknown', 'not-article'];

/** True for one of the four statuses (own keys only: "constructor" is not a status). */
export function isStatus(x: unknown): x is Status {
  return typeof x === 'string' && Object.hasOwn(STATUS_WORDS, x);
}
