/**
 * The toolbar badge for each status: text and colour from the status table (shared/status.ts),
 * the tooltip naming the original where the page credits one.
 */

import { isStatus } from '../../src/status/vocabulary';
import type { Browser } from '../shared/browser';
import { formatDate } from '../shared/dates';
import type { Translate } from '../shared/i18n';
import type { BadgeState } from '../shared/protocol';
import { STATUS_LOOK } from '../shared/status';

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

/** How the badge looks for a tab's hint (null: nothing known, the default look). */
export function badgeFor(hint: BadgeState | null, t: Translate): BadgeLook {
  if (!hint || !isStatus(hint.status)) {
    return { text: '', color: STATUS_LOOK.unknown.color, title: t('actionTitle') };
  }
  const look = STATUS_LOOK[hint.status];
  const title = hint.status === 'cross-post' ? crossPostTitle(hint, t) : t(look.badgeTitleKey);
  return { text: look.badge, color: look.color, title };
}

function crossPostTitle(hint: BadgeState, t: Translate): string {
  if (!hint.source) return t(STATUS_LOOK['cross-post'].badgeTitleKey);
  if (!hint.date) return t('badgeCrossPostOf', [hint.source]);
  return t('badgeCrossPostOfOn', [hint.source, formatDate(hint.date)]);
}

/** Sets the badge of one tab. A tab closed meanwhile makes these calls fail: ignore that. */
export async function applyBadge(api: Browser, tabId: number, look: BadgeLook): Promise<void> {
  const action = api.action;
  await Promise.all([
    action.setBadgeText({ tabId, text: look.text }),
    action.setBadgeBackgroundColor({ tabId, color: look.color }),
    action.setTitle({ tabId, title: look.title }),
    action.setBadgeTextColor?.({ tabId, color: '#ffffff' }),
  ]).catch(() => {});
}
