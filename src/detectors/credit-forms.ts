/**
 * The wordings of a credit line, as patterns over one sentence: each form names the finding it
 * makes, how far back it points (the original, or the copy this one was taken from) and the
 * named group `x` that holds the publisher (`v` an intermediate, "via").
 */
import {
  AUX,
  BY_PERMISSION,
  FROM,
  ORIGINALLY,
  PERMISSION,
  PREP,
  PRONOUN,
  PUBLISHED,
  REPRINTED,
  SUBJECT,
} from './lexicon';
import type { Finding } from './types';

const LEAD = `^(?:(?<subj>${SUBJECT})\\s+(?:[^.!?]{0,80}?\\s)?|${PRONOUN}\\s+)?`;

export interface Form {
  kind: Finding['kind'];
  depth: 'original' | 'immediate';
  re: RegExp;
  /** Some forms need the "originally" adverb or an explicit subject to count. */
  needs?: (m: RegExpExecArray) => boolean;
}

export const FORMS: Form[] = [
  {
    kind: 'original-source',
    depth: 'original',
    re: /^(?:the\s+)?original\s+source(?:\s+of\s+(?:this|the)\s+(?:article|story|post|piece|text|report|item|video|content))?\s*(?:is\b|was\b|:)\s*(?<x>.+)/i,
  },
  {
    // The WordPress feed footer.
    kind: 'republished-from',
    depth: 'original',
    re: /^the\s+post\s+.{1,300}?\s+appeared\s+first\s+on\s+(?<x>.+)/i,
  },
  {
    kind: 'republished-from',
    depth: 'immediate',
    re: /^(?:authored|written|submitted|posted)\s+by\s+.{2,80}?,?\s+via\s+(?<x>.+)/i,
  },
  {
    kind: 'republished-from',
    depth: 'original',
    // "This article was originally published on X", "Zuerst erschienen bei X", "Статья впервые опубликована на X"
    re: new RegExp(
      `${LEAD}(?:(?<aux>${AUX})\\s+)?(?:(?<adv1>${ORIGINALLY})\\s+)?(?:${PUBLISHED})(?:\\s+(?<adv2>${ORIGINALLY}))?\\s+(?:${PREP})\\s+(?<x>.+)`,
      'iu',
    ),
    needs: (m) => !!(m.groups?.adv1 || m.groups?.adv2 || m.groups?.subj),
  },
  {
    kind: 'republished-from',
    depth: 'original',
    // Verb last: "Dieser Artikel wurde zuerst bei X veröffentlicht", "Статья впервые на X опубликована"
    re: new RegExp(
      `${LEAD}(?:${AUX}\\s+)?(?:${ORIGINALLY})\\s+(?:${PREP})\\s+(?<x>.{2,120}?)\\s+(?:${PUBLISHED})\\s*[.!]?$`,
      'iu',
    ),
  },
  {
    kind: 'republished-from',
    depth: 'immediate',
    // "Reprinted with permission from X", "This article is republished from X", "Ripubblicato per gentile concessione di X"
    re: new RegExp(
      // The preposition may be missing after a permission phrase: "с разрешения редакции X".
      `${LEAD}(?:${AUX}\\s+)?(?:${REPRINTED})(?:(?:\\s+(?:${PERMISSION}))*\\s+(?:${FROM})|(?:\\s+(?:${PERMISSION}))+)\\s*(?<x>.+)`,
      'iu',
    ),
  },
  {
    kind: 'republished-from',
    depth: 'immediate',
    // "Mit freundlicher Genehmigung von X", "Used with permission of X", "Published by kind permission of X"
    re: new RegExp(
      `^(?:(?:published|used|reproduced|posted|printed|shared|appears|run|veröffentlicht|publié|publicado|pubblicato)\\s+)?(?:${BY_PERMISSION})\\s+(?:${FROM})\\s*(?<x>.+)`,
      'iu',
    ),
  },
  {
    kind: 'republished-from',
    depth: 'original',
    // The publisher first: "Grist first published this story", "ProPublica originally published this article".
    re: new RegExp(
      `^(?<x>[^.!?]{2,80}?)\\s+(?:${ORIGINALLY})\\s+(?:published|ran|posted|printed)\\s+(?:this|the)\\s+(?:article|story|piece|post|report|essay|column|interview|text)\\b`,
      'iu',
    ),
  },
  {
    kind: 'republished-from',
    depth: 'original',
    // Written for another publication: "This post was originally written for The Markup".
    re: new RegExp(
      `${LEAD}(?:${AUX}\\s+)?(?:${ORIGINALLY})\\s+(?:written|produced|prepared|commissioned|reported)\\s+(?:for|für|pour|para|per)\\s+(?<x>.+)`,
      'iu',
    ),
  },
  {
    kind: 'republished-from',
    depth: 'original',
    // A syndicated story's opening credit: "Civil Eats via Grist — When the lunch line opens…"
    re: /^(?<x>[\p{Lu}][^.!?—–|]{1,60}?)\s+via\s+(?<v>[\p{Lu}][^.!?—–|]{1,60}?)\s*(?:—|–|--)\s+\S/u,
  },
  {
    kind: 'republished-from',
    depth: 'immediate',
    // "This article is distributed by Tribune Content Agency", "Cet article est diffusé par …"
    re: new RegExp(
      `${LEAD}(?:${AUX}\\s+)?(?:distributed|syndicated|diffusée?|distribuid[oa]|distribuit[oa]|vertrieben|verbreitet)\\s+(?:by|par|por|da|von|через)\\s+(?<x>.+)`,
      'iu',
    ),
    needs: (m) => !!m.groups?.subj,
  },
  {
    kind: 'more-from',
    depth: 'immediate',
    // A syndicated story's sign-off: "Click here for more from the New York Post.", "Read more from X at …"
    re: /^(?:click\s+here\s+(?:for|to\s+(?:read|see|get))\s+more|(?:read|see|get)\s+more|for\s+more)\s+(?:stories\s+|news\s+|articles\s+|coverage\s+)?(?:from|by)\s+(?<x>.+)/i,
  },
  {
    kind: 'republished-from',
    depth: 'original',
    // "This report was produced by X and is republished here with permission"
    re: new RegExp(
      `${LEAD}(?:${AUX}\\s+)?(?:produced|reported|written|created)\\s+by\\s+(?<x>[^.!?]{2,80}?)\\s+and\\s+(?:is\\s+|was\\s+|has\\s+been\\s+)?(?:re-?published|distributed|syndicated|shared|reproduced|reprinted)\\b`,
      'iu',
    ),
    needs: (m) => !!m.groups?.subj,
  },
];

/** A republication note that names no source: "Reprinted with permission.", "Republished here with permission." */
export const ANONYMOUS = new RegExp(
  `${LEAD}(?:${AUX}\\s+)?(?:${REPRINTED})(?:\\s+(?:${PERMISSION}))+\\s*[.!]?$`,
  'iu',
);
