/**
 * The status table (src/status/vocabulary.ts) for the interface: the same entries, their
 * message keys checked against the catalogue's, so a key missing there fails type-checking.
 */
import type { Status } from '../../src/report';
import { isStatus, STATUS_WORDS, type StatusWords } from '../../src/status/vocabulary';
import type { MessageKey } from './i18n';

type Keys = 'labelKey' | 'badgeTitleKey' | 'headlineKey';
export type StatusLook = Omit<StatusWords, Keys> & { [K in Keys]: MessageKey };

export const STATUS_LOOK: Readonly<Record<Status, StatusLook>> = STATUS_WORDS;

/** The look of a status; an unexpected value looks like "unknown". */
export function statusLook(status: Status): StatusLook {
  return isStatus(status) ? STATUS_LOOK[status] : STATUS_LOOK.unknown;
}
