/**
 * The toolbar badge for each status. The texts differ, so the status reads without colour;
 * colours are dark enough for white text (contrast above 4.5:1).
 */
import type { Browser } from '../shared/browser';
import { formatDate } from '../shared/dates';
import type { Translate } from '../shared/i18n';
import type { BadgeState } from '../shared/protocol';

export interface BadgeLook {
  text: string;
  color: string;
  title: string;
}

/** How the badge looks for a tab's hint (null: nothing known, the default look). */
export function badgeFor(hint: BadgeState | null, t: Translate): BadgeLook {
  switch (hint?.status) {
    case 'cross-post':
      return { text: 'COPY', color: '#9a3412', title: crossPostTitle(hint, t) };
    case 'original':
      return { text: 'ORIG', color: '#166534', title: t('badgeOriginal') };
    case 'unknown':
      return { text: '?', color: '#4b5563', title: t('badgeUnknown') };
    case 'not-article':
      return { text: '', color: '#4b5563', title: t('badgeNotArticle') };
    default:
      return { text: '', color: '#4b5563', title: t('actionTitle') };
  }
}

function crossPostTitle(hint: BadgeState, t: Translate): string {
  if (!hint.source) return t('badgeCrossPost');
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
