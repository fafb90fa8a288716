/**
 * What stands around a credited name, in the seven languages the detectors read: the label that
 * opens a source line, an editor's note label, "the website of" before a name, the words that
 * end a name, and words that follow a credit verb without being a name.
 */
import { alt } from './lexicon';

/** Line labels that introduce a source: "Source:", "Quelle:", "Источник:"… */
export const SOURCE_LABEL = alt([
  'sources?',
  'original\\s+source',
  'article\\s+source',
  'original\\s+article',
  'originally\\s+published(?:\\s+(?:at|in|by|on))?',
  'first\\s+published(?:\\s+(?:at|in|by|on))?',
  'republished\\s+from',
  'reprinted\\s+from',
  'content\\s+source',
  'source\\s+originale',
  'article\\s+original',
  'publié\\s+initialement(?:\\s+(?:sur|par|dans))?',
  'quellen?',
  'originalartikel',
  'originalquelle',
  'erstveröffentlichung',
  'zuerst\\s+erschienen(?:\\s+(?:bei|in|im|auf))?',
  'fuentes?',
  'artículo\\s+original',
  'fuente\\s+original',
  'publicado\\s+originalmente(?:\\s+en)?',
  'fonte',
  'fonti',
  'articolo\\s+originale',
  'fonte\\s+originale',
  'fontes',
  'artigo\\s+original',
  'источник(?:и)?',
  'первоисточник',
  'оригинал(?:\\s+статьи)?',
  'оригинальная\\s+статья',
  'по\\s+материалам',
]);

/** "the website of", "le site de", "на сайте"… before a publisher's name. */
export const SITE_PREFIX =
  /^(?:the\s+)?(?:website|web\s*site|site|blog|portal|pages?|newspaper|magazine)\s+(?:of\s+)?|^(?:le\s+)?(?:site|blog|journal)\s+(?:de\s+|d['’]|du\s+)?|^(?:der\s+)?(?:website|seite|zeitung)\s+(?:von\s+|der\s+|des\s+)?|^(?:el\s+)?(?:sitio|portal|diario|periódico)\s+(?:web\s+)?(?:de\s+|del\s+)?|^(?:il\s+)?(?:sito|portale|giornale)\s+(?:web\s+)?(?:di\s+|del\s+)?|^(?:o\s+)?(?:site|portal|jornal)\s+(?:d[eoa]\s+)?|^(?:сайте|сайт|портале|издании|газете|журнале|редакции|издания)\s+/i;

/** Words that end the publisher's name in a credit sentence. */
export const NAME_END = new RegExp(
  [
    '[.;!?](?:\\s|$)',
    '\\s+[|·•]\\s+',
    '\\s+[–—]\\s+',
    '\\s+-\\s+',
    '\\(',
    '\\s+under\\s',
    '\\s+and\\s+(?:is|was|has|are|were)\\s',
    '\\s+with\\s+permission',
    ',\\s+(?:where|which|who|and|on|in|a|an|the)\\s',
    '\\s+sous\\s',
    '\\s+unter\\s+(?:einer|der|die)\\s',
    '\\s+bajo\\s',
    '\\s+sotto\\s',
    '\\s+sob\\s',
    '\\s+под\\s',
    '\\s+(?:read|lire|lesen|leer|leggi|leia|читать)\\s',
    // a date without a year after the name: "… por El Confidencial el 3 de marzo"
    '\\s+(?:on|le|el|il|am|em|в|vom|del|do)\\s+\\d{1,2}\\b',
  ].join('|'),
  'i',
);

/** Text that is not a publisher even though it follows a credit verb. */
export const NOT_A_NAME =
  /^(?:here|this|that|our|us|we|it|them|him|her|his|its|their|the\s+(?:original|above|below|same|following|site|author|web|internet|print)|a\s|an\s|ici|hier|aquí|qui|aqui|здесь|unknown|unclear|anonymous|print|paper|line|today|yesterday|page|original)\b/i;

/** A label before a credit line: "Editor's note:", "Anmerkung der Redaktion:", "Nota del editor:". */
export const NOTE_LABEL =
  /^(?:(?:an?\s+)?(?:editor['’]?s?|editorial|publisher['’]?s?|author['’]?s?|update)\s*(?:note|nota)?|note|nota|n\.b\.|anmerkung(?:\s+der\s+redaktion)?|hinweis|note\s+de\s+la\s+rédaction|nda|nota\s+(?:del|della|da|de)\s+(?:editor|redacción|redazione|redação|editore)|примечание(?:\s+редакции)?|от\s+редакции)\s*[:：—–-]\s*/i;
