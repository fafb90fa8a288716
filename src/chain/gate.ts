import { findDate, monthOf } from '../text/dates';
import { agencyOf, knownPublisher } from './agencies';

/**
 * The publisher gate: nothing becomes a hop of the chain unless it is plausibly an
 * organisation. A date, a weekday, a month or a time is never one ("First published on Tue
 * 29 Nov 2016"); nor a social handle ("Via @someone"), nor a generic word ("Source", "Photo",
 * "Staff"). A bare person's name passes only where the wording itself names a publication
 * ("This article first appeared on X"), never from a label or a byline.
 */

const WEEKDAY =
  /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica|segunda(?:-feira)?|terça(?:-feira)?|quarta(?:-feira)?|quinta(?:-feira)?|sexta(?:-feira)?|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)$/iu;

/** Words that label or describe rather than name: never a publisher on their own. */
const GENERIC =
  /^(?:the\s+)?(?:staff\s+reports?|special\s+report|news\s+desk|newsroom|wire\s+reports?|source|sources|photo|photos|foto|fotos|image|images|picture|video|staff|editor|editors|editorial|redaktion|rédaction|redacción|redazione|redação|редакция|agencies|agency|agencias|agenzie|agências|agenturen|agences|wire|wires|news|press|media|internet|web|online|social\s+media|reader|readers|contributor|guest|author|unknown|various|archive|file|handout|pool|courtesy|quelle|fuente|fonte|источник|today|yesterday|now|update|updated|published|new)$/iu;

/** Words that make a name a publication's: "… Times", "… Zeitung", "Agencia …", "… News". */
export const MEDIA_WORD =
  /\b(?:news|times|post|press|journal|herald|tribune|gazette|magazine|mag|review|daily|weekly|chronicle|observer|report|reporter|agency|wire|media|network|radio|tv|television|broadcasting|channel|online|blog|digest|dispatch|bulletin|courier|express|mail|telegraph|guardian|independent|standard|register|globe|inquirer|examiner|monitor|sentinel|star|sun|mirror|record|leader|voice|world|insider|today|zeitung|nachrichten|rundschau|anzeiger|kurier|presse|agentur|rundfunk|fernsehen|diario|periódico|periodico|noticias|notícias|notizie|prensa|agencia|agência|agenzia|giornale|corriere|stampa|gazzetta|jornal|folha|revista|rivista|journal|quotidien|hebdo|monde|actu|info|infos|газета|новости|вести|агентство|журнал|радио|телевидение|известия)\b|\.[a-z]{2,6}$/iu;

/**
 * Platforms where anyone posts: a link there is a post, a picture or a share button, never
 * the publisher of the article ("Via @someone", a dated line of share links).
 */
const SOCIAL = new Set([
  'twitter.com',
  'x.com',
  't.co',
  'facebook.com',
  'fb.com',
  'instagram.com',
  'threads.net',
  'tiktok.com',
  'youtube.com',
  'youtu.be',
  'linkedin.com',
  'reddit.com',
  'pinterest.com',
  'tumblr.com',
  'whatsapp.com',
  'wa.me',
  't.me',
  'telegram.org',
  'vk.com',
  'ok.ru',
  'bsky.app',
  'mastodon.social',
  'truthsocial.com',
  'gab.com',
  'rumble.com',
  'flipboard.com',
  'getpocket.com',
  'addtoany.com',
  'sharethis.com',
  'deviantart.com',
  'flickr.com',
  'imgur.com',
  'giphy.com',
  'soundcloud.com',
  'vimeo.com',
]);

export function isSocial(domain: string | null | undefined): boolean {
  return !!domain && SOCIAL.has(domain);
}

/**
 * Is this a date, a weekday, a month or a time rather than a name? A lone weekday is a name
 * when nothing dates it ("zuerst im Freitag erschienen": the weekly der Freitag).
 */
export function isDateLike(name: string, dated = true): boolean {
  // Longer than any date; and the trailing-marks pattern below stays linear on a short name.
  if (name.length > 200) return false;
  const t = name.trim().replace(/[.,:;]+$/, '');
  if (!t) return true;
  if (findDate(t)) return true;
  if (!dated && WEEKDAY.test(t) && t.length > 3) return false;
  const words = t.split(/[\s,]+/).filter(Boolean);
  return words.every(
    (w) =>
      WEEKDAY.test(w) ||
      (monthOf(w) > 0 && w.length <= 9 && !/^mar[a-z]{3,}/i.test(w)) ||
      /^\d[\d.:/h-]*$/i.test(w) ||
      /^(?:[ap]\.?m\.?|gmt|utc|[ecmp][sd]t|cet|cest|uhr|on|at|the|of|de|del|le|am|um|el|il)$/i.test(
        w,
      ),
  );
}

/** "Agencies", "wires", "Agenturen": a credit to unnamed sources, which leaves the status open. */
const UNNAMED =
  /^(?:the\s+)?(?:agencies|agency|wires?|wire\s+services?|news\s+agencies|agencias|agencia|agenzie|agências|agencias\s+de\s+noticias|agenturen|agences|агентства|информагентства)$/iu;

export function isUnnamedSource(name: string | null | undefined): boolean {
  return !!name && UNNAMED.test(name.trim());
}

/** Is this shaped like a publication's name: a media word, a domain, an acronym, one brand word, "The …"? */
export function looksLikePublisher(name: string): boolean {
  const t = name.trim();
  if (MEDIA_WORD.test(t)) return true;
  if (/^(?:the|la|le|les|el|il|lo|der|die|das|o|a)\s/i.test(t)) return true;
  const words = t.split(/\s+/);
  // "BBC", "RTVE", "ProPublica", "Grist", "netzpolitik.org": one word or an acronym.
  return words.length === 1 || words.every((w) => /^[\p{Lu}\d&]{2,}$/u.test(w));
}

/**
 * May this name stand for a publisher in the chain? `person` says whether the wording around it
 * already makes it a publication ("first appeared on X"): if not, a name that is neither known,
 * nor linked (`hasDomain`), nor shaped like a publication is taken for a person's.
 */
export function passesGate(
  name: string | null | undefined,
  hasDomain: boolean,
  wordingNamesPublication: boolean,
  dated = true,
): boolean {
  if (!name) return hasDomain;
  const t = name.trim();
  if (
    /^(?:facebook|twitter|x|instagram|youtube|tiktok|linkedin|whatsapp|telegram|reddit|pinterest|threads|bluesky|mastodon)$/i.test(
      t,
    )
  )
    return false;
  if (isDateLike(t, dated || !wordingNamesPublication)) return false;
  if (GENERIC.test(t) || /^[@#]/.test(t)) return false;
  if (hasDomain || wordingNamesPublication) return true;
  return !!agencyOf(t) || !!knownPublisher(t) || looksLikePublisher(t);
}
