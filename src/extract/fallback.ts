/**
 * The article without Readability: when Readability finds no article text but the page says it
 * is an article (article metadata, or a credit or wire mark in its story), the article's fields
 * come from the metadata and the story's own paragraphs.
 */
import type { Context, Finding } from '../detectors';
import type { Report } from '../report';
import { truncate } from '../text/normalize';
import { publishedTime } from './article';
import { first, ldArticle } from './metadata';
import { storyBounds } from './story';

/** Credits and wire marks that only a story carries. */
const STORY_SIGNALS = new Set(['wire', 'original-source', 'republished-from', 'source-line']);

/** Does the page say it is an article: article metadata, or a credit or wire mark in its story? */
export function saysArticle(ctx: Context, findings: Finding[]): boolean {
  const ogType = first(ctx.meta.meta, 'og:type') ?? '';
  return (
    !!ldArticle(ctx.meta.ld) ||
    /article|news/i.test(ogType) ||
    findings.some(
      (f) => STORY_SIGNALS.has(f.kind) && f.source === 'text' && f.block?.region === 'body',
    )
  );
}

/** The article as the page's metadata and its story's paragraphs give it, without Readability. */
export function articleFromBlocks(ctx: Context): NonNullable<Report['article']> {
  const { blocks } = ctx.page;
  const { lead, end } = storyBounds(blocks);
  const story = lead < 0 ? [] : blocks.slice(lead, end + 1).filter((b) => b.region === 'body');
  const text = story.map((b) => b.text).join(' ');
  const ld = ldArticle(ctx.meta.ld);
  return {
    title:
      first(ctx.meta.meta, 'og:title', 'twitter:title') ??
      (ld && typeof ld.headline === 'string' ? ld.headline : null) ??
      ctx.meta.title,
    byline: null,
    siteName: first(ctx.meta.meta, 'og:site_name'),
    publishedTime: publishedTime(ctx.doc, ctx.meta, null),
    lang: ctx.meta.lang,
    excerpt: story[0] ? truncate(story[0].text, 500) : null,
    length: text ? text.split(/\s+/).length : 0,
  };
}
