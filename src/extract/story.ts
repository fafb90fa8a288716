/** Where the story stands among a page's blocks, and the date its lead states. */
import { findDate } from '../text/dates';
import type { Block } from './blocks';

/**
 * Where the story stands: its first long paragraph (inside `<article>` when the page marks
 * one), the end of its third paragraph (the "top", where datelines and bylines are), and its
 * last paragraph (where agencies put their tags).
 */
export function storyBounds(blocks: Block[]): { lead: number; topEnd: number; end: number } {
  const marked = blocks.some((b) => b.inArticle && b.region === 'body' && b.text.length >= 150);
  const inStory = (b: Block) => b.region === 'body' && (!marked || b.inArticle);
  const lead = blocks.findIndex((b) => inStory(b) && b.text.length >= 150);
  if (lead < 0) return { lead: -1, topEnd: -1, end: -1 };
  let prose = 0;
  let topEnd = lead;
  let end = lead;
  // The story runs on while its paragraphs follow one another; a few short lines (a subhead,
  // a tag line, a photo credit) may stand between them, a page's footer or teasers may not.
  for (let i = lead; i < blocks.length && i - end <= 5; i++) {
    const b = blocks[i]!;
    if (!inStory(b) || b.text.length <= 60) continue;
    if (++prose <= 3) topEnd = i;
    end = i;
  }
  return { lead, topEnd, end };
}

/**
 * The date a page states above its story where no metadata dates it: the first date in a
 * short line of the story's head ("Wed Jan 9, 2008", "May 14, 2008 | By Jane Doe").
 */
export function statedDate(blocks: Block[]): string | null {
  const { lead } = storyBounds(blocks);
  if (lead < 0) return null;
  for (let i = Math.max(0, lead - 12); i <= lead; i++) {
    const b = blocks[i]!;
    if (b.region !== 'body' || (b.text.length > 120 && i !== lead)) continue;
    const found = findDate(i === lead ? b.text.slice(0, 60) : b.text);
    if (found) return found.iso;
  }
  return null;
}
