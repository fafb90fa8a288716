import { agencyOf, knownPublisher } from '../chain/agencies';
import { asDomain, domainOf, httpUrl, isArticleUrl, tidyName } from '../chain/publisher';
import type { Block, Link } from '../extract/blocks';
import { findDate } from '../text/dates';
import { NAME_END, NOT_A_NAME, SITE_PREFIX } from './labels';
import type { Party } from './types';

/** Link texts that say "the original" rather than naming anyone. */
const GENERIC_LINK =
  /^(?:here|this|link|the\s+original(?:\s+\w+)?|original(?:\s+\w+)?|read\s+(?:the\s+)?(?:original|more|it)|source|ici|hier|aquí|qui|aqui|здесь|lire|leer|leggi|leia|article|artikel|artículo|articolo|artigo|статья|оригинал)\b/i;

/** "netzpolitik.org", "elDiario.es": a name written as a domain, without scheme or path. */
const BARE_DOMAIN = /^(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.[a-z]{2,}$/iu;

/** Lower-case words allowed inside a publisher's name ("Centre for Research on Globalization"). */
const CONNECTOR =
  /^(?:of|the|for|and|on|in|at|de|du|des|la|le|el|del|der|die|das|für|und|di|della|e|y|da|do|dos|das|и|&)$/i;

/**
 * The publisher named by the words after a credit verb, helped by the block's links.
 * Returns null when the words do not name anyone (a date, "here", prose).
 */
export function partyFrom(
  words: string,
  block: Block | undefined,
  base: string | null,
): Party | null {
  let text = words.trim();
  let date: string | null = null;
  const found = findDate(text);
  if (found && found.index < 60) {
    date = found.iso;
    const before = text.slice(0, found.index);
    const after = text.slice(found.index + found.length);
    // "on 21 January 2020 by X" or "X on 21 January 2020"
    text = /\w/.test(before.replace(/\b(?:on|am|le|el|il|em|в|,)\s*$/i, '')) ? before : after;
    text = text
      .replace(/\b(?:on|am|le|el|il|em|в)\s*$/i, '')
      .replace(/^[\s,.]*(?:by|par|von|por|da|от)?\s+/i, '');
  }
  const end = NAME_END.exec(text);
  if (end) text = text.slice(0, end.index);
  text = text.replace(/^as\s+["“«].+?["”»]\s*(?:by|in|on|at)\s+/i, '').replace(SITE_PREFIX, '');

  const linked = block ? linkFor(text, block.links) : null;
  // A link on lower-case words to a page deeper than a home page ("aired on cable television")
  // names a thing, not a publisher; to a home page it is a site's name ("naked capitalism").
  const link =
    linked && !(commonWords(linked.text) && !homePage(linked.href, base)) ? linked : null;
  let url = link ? httpUrl(link.href, base) : null;
  // "… from The Conversation. Read the original article." — the name links the home page,
  // another link in the same line goes to the article itself.
  if (url && block && !isArticleUrl(url)) {
    const d = domainOf(url);
    url =
      block.links
        .map((l) => httpUrl(l.href, base))
        .find((u) => u && domainOf(u) === d && isArticleUrl(u)) ?? url;
  }
  // A site the page names by its domain ("netzpolitik.org") is named so; a full address is not a name.
  // A linked headline ("Source: UN program pushes digital IDs by 2030") names the article, not its publisher.
  const linkText = link ? link.text.replace(LABEL_PREFIX, '') : '';
  const linkName =
    link &&
    !GENERIC_LINK.test(linkText) &&
    (!asDomain(linkText) || BARE_DOMAIN.test(linkText)) &&
    linkText.split(/\s+/).length <= 6
      ? tidyName(linkText).replace(
          /^(the|la|le|el|il|der|die|das)\s/,
          (a) => a[0]!.toUpperCase() + a.slice(1),
        )
      : null;
  const firstWord = text.split(/\s/)[0] ?? '';
  const domainText = asDomain(firstWord);
  const headline = !!link && linkText.split(/\s+/).length > 6;
  const name = headline
    ? null
    : (linkName ??
      (domainText
        ? BARE_DOMAIN.test(tidyName(firstWord))
          ? tidyName(firstWord)
          : null
        : nameFrom(text)));
  const domain =
    (url ? domainOf(url) : null) ??
    domainText ??
    agencyOf(name)?.domain ??
    knownPublisher(name)?.domain ??
    null;
  if (!name && !domain) return null;
  return { name, domain, url, date };
}

/** Two or more words with no capital, digit or domain in them: prose, not a publisher's name. */
function commonWords(text: string): boolean {
  const t = text.replace(LABEL_PREFIX, '').trim();
  return /\s/.test(t) && !/[\p{Lu}\p{N}]/u.test(t) && !asDomain(t);
}

/** Whether the address is a site's home page. */
function homePage(href: string, base: string | null): boolean {
  const u = httpUrl(href, base);
  if (!u) return false;
  try {
    return new URL(u).pathname.replace(/\/(?:index\.\w+)?$/, '') === '';
  } catch {
    return false;
  }
}

/** A label the link's own text may open with: "Quelle: …", "Source : …". */
const LABEL_PREFIX = /^[\p{L} ]{2,20}\s*[:：]\s*/u;

/** The link in the block that the credited words refer to. */
function linkFor(text: string, links: Link[]): Link | null {
  const t = text.toLowerCase();
  let best: Link | null = null;
  for (const l of links) {
    const lt = l.text.replace(LABEL_PREFIX, '').toLowerCase();
    if (!lt) continue;
    if (
      t.startsWith(lt) ||
      (lt.length >= 3 && t.includes(lt)) ||
      (t.length >= 3 && lt.startsWith(t))
    ) {
      if (!best || lt.length > best.text.replace(LABEL_PREFIX, '').length) best = l;
    }
  }
  if (best) return best;
  // "Originally published at South Front. Read the original." — a generic link to the original article.
  return links.find((l) => GENERIC_LINK.test(l.text) && httpUrl(l.href)) ?? null;
}

/** Words that end a short name: what follows them is a sentence, not a name. */
const SHORT_STOP =
  /^(?:and|or|for|with|to|in|on|at|by|as|from|under|where|which|is|was|und|oder|bei|im|auf|von|mit|aus|zu|et|ou|sur|par|dans|y|o|e|en|por|su|da|и|или|на|в|est|ist|es|è|é)$/i;

/** A publisher's name from free words: the leading run of capitalised words. */
export function nameFrom(raw: string): string | null {
  // A quoted name is whole as quoted: «Новая газета», „Der Freitag“.
  const quoted = /^\s*[«"“„‘']([^«»"“”„‘’']{2,80})[»"”“’']/.exec(raw);
  if (quoted) return tidyName(quoted[1]!);
  const text = tidyName(raw);
  if (!text || NOT_A_NAME.test(text) || /^\d/.test(text)) return null;
  const words = text.split(/\s+/);
  // A short name is whole even with lower-case words ("Le Monde diplomatique", "elDiario.es").
  if (words.length <= 4 && /^[\p{Lu}\p{N}]/u.test(text) && !words.some((w) => SHORT_STOP.test(w)))
    return text.length <= 80 ? text : null;
  const kept: string[] = [];
  // "the Guardian", "la Repubblica": a lower-case article before a capitalised name.
  if (
    words.length > 1 &&
    /^(?:the|la|le|el|il|der|die|das|o|a)$/.test(words[0]!) &&
    /^\p{Lu}/u.test(words[1]!)
  ) {
    kept.push(words.shift()!.replace(/^./, (c) => c.toUpperCase()));
  }
  for (const w of words) {
    // Digits may open a name ("20 Minutes") but not continue one ("… el 3").
    if (
      /^[\p{Lu}@]/u.test(w) ||
      (!kept.length && /^\p{N}/u.test(w)) ||
      (kept.length && CONNECTOR.test(w))
    )
      kept.push(w);
    else break;
    if (kept.length >= 8) break;
  }
  while (kept.length && CONNECTOR.test(kept[kept.length - 1]!)) kept.pop();
  const name = tidyName(kept.join(' '));
  return name.length >= 2 && name.length <= 80 ? name : null;
}
