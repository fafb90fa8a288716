/**
 * The words of credit lines in the seven languages the detectors read. Patterns are built
 * from these lists, so a new wording is usually one word added here, not a new regex.
 */

/** One alternation group of the given regular-expression parts. */
export const alt = (words: readonly string[]) => `(?:${words.join('|')})`;

/** "This article", "Cet article", "Dieser Beitrag"… (optionally "A version of"). */
export const SUBJECT = alt([
  // en
  '(?:an?\\s+(?:\\w+\\s+)?version\\s+of\\s+)?(?:this|the\\s+following|the)\\s+(?:article|story|post|blog\\s+post|piece|report|essay|column|op-?ed|commentary|interview|text|item|analysis|feature|editorial|review|dispatch|investigation|content|material)',
  // a bare noun opening a credit line: "Article paru d'abord…", "Artikel zuerst erschienen…"
  'article',
  'artikel',
  'artículo',
  'articolo',
  'artigo',
  'texte',
  'texto',
  'testo',
  'beitrag',
  // fr
  "cet\\s+article|cette\\s+(?:tribune|analyse|chronique|enquête|version)|ce\\s+(?:texte|billet|reportage|papier)|cet\\s+entretien|l['’]article|le\\s+texte",
  // de
  'dieser\\s+(?:artikel|beitrag|text|kommentar|bericht)|dieses\\s+interview|diese\\s+(?:analyse|kolumne|reportage)|der\\s+(?:artikel|beitrag|text)',
  // es
  'este\\s+(?:artículo|texto|reportaje|análisis)|esta\\s+(?:nota|columna|entrevista|crónica)|el\\s+(?:artículo|texto)|la\\s+nota',
  // it
  "questo\\s+(?:articolo|testo|pezzo|contributo)|questa\\s+(?:intervista|analisi)|l['’]articolo|il\\s+testo",
  // pt
  'este\\s+(?:artigo|texto)|esta\\s+(?:matéria|reportagem|coluna|entrevista)|o\\s+(?:artigo|texto)|a\\s+matéria',
  // ru
  '(?:эта\\s+)?статья|(?:этот\\s+)?материал|(?:этот\\s+)?текст|публикация|оригинал',
]);

/** Pronoun subjects: "It was first published…" counts only with the "originally" adverb. */
export const PRONOUN = alt(['this', 'it', 'the\\s+piece', 'the\\s+story']);

/** Auxiliaries between subject and verb. */
export const AUX = alt([
  'was',
  'is',
  'has\\s+been',
  'had\\s+been',
  'were',
  'originally\\s+was',
  'a\\s+été',
  'est',
  'était',
  'fut',
  'wurde',
  'ist',
  'war',
  'fue',
  'ha\\s+sido',
  'se',
  'es',
  'è\\s+stat[oa]',
  'è',
  'fu',
  'era\\s+stat[oa]',
  'foi',
  'é',
  'tinha\\s+sido',
  'был[аои]?',
]);

/** "originally", "first", "zuerst", "впервые"… */
export const ORIGINALLY = alt([
  'originally',
  'first',
  'initially',
  'previously',
  'initialement',
  'originellement',
  'originalement',
  "d['’]abord",
  'pour\\s+la\\s+première\\s+fois',
  'en\\s+premier',
  'précédemment',
  'zuerst',
  'ursprünglich',
  'erstmals',
  'im\\s+original',
  'zuvor',
  'originalmente',
  'originariamente',
  'inicialmente',
  'primero',
  'por\\s+primera\\s+vez',
  'previamente',
  'inizialmente',
  'per\\s+la\\s+prima\\s+volta',
  'in\\s+origine',
  'precedentemente',
  'pela\\s+primeira\\s+vez',
  'primeiro',
  'впервые',
  'первоначально',
  'изначально',
  'ранее',
  'сначала',
]);

/** "published", "appeared", "erschienen", "опубликована"… */
export const PUBLISHED = alt([
  'published',
  'appeared',
  'posted',
  'ran',
  'printed',
  'aired',
  'publiée?s?',
  'parue?s?',
  'diffusée?',
  'mise?\\s+en\\s+ligne',
  'erschienen',
  'erschien',
  'veröffentlicht',
  'publiziert',
  'publicad[oa]s?',
  'public[óo]',
  'publicou',
  'apareci[óo]',
  'aparecid[oa]',
  'apareceu',
  'pubblicat[oa]',
  'pubblicò',
  'appars[oa]',
  'uscit[oa]',
  'опубликован[аоы]?',
  'вышл[аио]',
  'вышел',
  'появил(?:ась|ся|ось)',
  'размещ[её]н[аоы]?',
]);

/** Prepositions before the publisher. */
export const PREP = alt([
  'at',
  'by',
  'in',
  'on',
  'with',
  'from',
  'for',
  'via',
  'sur',
  'par',
  'dans',
  'chez',
  'à',
  'au',
  'aux',
  'bei',
  'im',
  'auf',
  'von',
  'unter',
  'durch',
  'en',
  'por',
  'del',
  'de',
  'el',
  'su',
  'sul',
  'sulla',
  'sullo',
  'da',
  'dal',
  'dalla',
  'nel',
  'nella',
  'nello',
  'em',
  'no',
  'na',
  'nos',
  'nas',
  'pelo',
  'pela',
  'do',
  'da',
  'на',
  'в',
  'во',
  'у',
  'изданием',
]);

/** "republished", "reprinted", "reproduit", "ripubblicato"… with what may follow them. */
export const REPRINTED = alt([
  're-?published',
  'reprinted',
  'reproduced',
  're-?posted',
  'cross-?posted',
  'syndicated',
  'republiée?',
  'reproduite?',
  'reprise?',
  'nachgedruckt',
  'übernommen',
  'republicad[oa]',
  'reproducid[oa]',
  'reimpres[oa]',
  'republicado',
  'reproduzid[oa]',
  'ripubblicat[oa]',
  'riprodott[oa]',
  'ristampat[oa]',
  'перепечатан[аоы]?',
  'перепечатка',
]);

/** "with permission", "avec l'autorisation"… between the reprint verb and its preposition. */
export const PERMISSION = alt([
  'here',
  'with(?:\\s+(?:the\\s+)?kind)?\\s+permission',
  'by\\s+(?:kind\\s+)?permission',
  'courtesy',
  "avec\\s+(?:l['’]aimable\\s+)?(?:autorisation|permission)",
  'ici',
  'mit\\s+(?:freundlicher\\s+)?genehmigung',
  'con\\s+(?:el\\s+)?(?:permiso|autorización)',
  'con\\s+il\\s+permesso',
  'su\\s+autorizzazione',
  'per\\s+gentile\\s+concessione',
  'com\\s+(?:a\\s+)?(?:permissão|autorização)',
  'с\\s+разрешения',
  'с\\s+согласия',
]);

/** Permission phrases that open a credit line on their own ("Mit freundlicher Genehmigung von X"). */
export const BY_PERMISSION = alt([
  'with(?:\\s+(?:the\\s+)?kind)?\\s+permission',
  'by\\s+(?:kind\\s+)?permission',
  "avec\\s+l['’]aimable\\s+autorisation",
  'mit\\s+freundlicher\\s+genehmigung',
  'con\\s+(?:el\\s+)?permiso',
  'per\\s+gentile\\s+concessione',
  'com\\s+(?:a\\s+)?permissão',
  'с\\s+разрешения',
]);

/** Prepositions after a reprint verb: "from", "de", "von", "из"… */
export const FROM = alt([
  'from',
  'of',
  'by',
  'with',
  'courtesy\\s+of',
  'via',
  'de',
  "d['’]",
  'du',
  'des',
  'depuis',
  'à\\s+partir\\s+de',
  'par',
  'von',
  'aus',
  'des',
  'der',
  'del',
  'desde',
  'di',
  'della',
  'dello',
  'dal',
  'dalla',
  'da',
  'do',
  'a\\s+partir\\s+d[eoa]',
  'из',
  'у',
]);

/** Two-hop wording: "… and republished by B". */
export const AND_REPUBLISHED = new RegExp(
  `\\s+(?:and|et|und|y|e|и)\\s+(?:(?:later|then|subsequently|since|ensuite|später|luego|poi|depois|затем)\\s+)?${REPRINTED}\\s+${PREP}\\s+(.+)$`,
  'i',
);
