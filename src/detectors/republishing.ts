import type { Requirement } from '../report';
import { clean, truncate } from '../text/normalize';
import { sentences } from './credit-lines';
import type { Context, Detector, Finding } from './types';

/**
 * The terms a page states for republishing its own articles: a cross-post permission ("grants
 * permission to cross-post … as long the source and copyright are acknowledged together with
 * a hyperlink to the original"), "republish our stories for free under CC BY-ND", or "contact
 * us for permission". What they require becomes `republishing.requires`.
 */

const REPUB =
  '(?:re-?publish|cross-?post|re-?post|reprint|reproduce|re-?use|share|syndicate|redistribute|copy|distribute|translate)';
const GRANT = new RegExp(
  String.raw`\b(?:grants?\s+(?:\w+\s+){0,3}permission\s+to\s+${REPUB}|(?:you|others|readers|anyone|publishers|outlets|sites|websites|media)\s+(?:are\s+)?(?:may|can|are\s+(?:free|welcome|permitted|allowed|invited|encouraged))\s+(?:to\s+)?(?:freely\s+)?${REPUB}|(?:feel\s+free|free|welcome)\s+to\s+${REPUB}|${REPUB}\w*\s+(?:this|our|these)\s+(?:\w+\s+)?(?:article|story|stories|articles|content|work|pieces?)\s+for\s+free|may\s+be\s+(?:freely\s+)?(?:re-?published|reprinted|reproduced|re-?posted|cross-?posted|shared)(?!\s+without))`,
  'i',
);
const ASK =
  /\b(?:contact\s+(?:us\s+)?(?:\S+\s+){0,3}(?:for|to\s+(?:request|obtain|get))\s+(?:\w+\s+)?permission|(?:may|must)\s+not\s+be\s+(?:\w+\s+){0,3}(?:reproduced|republished|reprinted|copied|distributed|redistributed)(?:[^.]{0,80})without\s+(?:the\s+)?(?:prior\s+)?(?:written\s+|express\s+)?permission|(?:written\s+)?permission\s+(?:is\s+)?required\s+to\s+(?:republish|reproduce|reprint)|request\s+permission\s+to\s+(?:republish|reproduce|reprint))/i;

const NEEDS: ReadonlyArray<[Requirement, RegExp]> = [
  [
    'credit-source',
    /\b(?:source\b[^.]{0,40}acknowledg|acknowledg\w*\s+(?:the\s+)?source|credit|attribut|cite\b|byline|name\s+of\s+(?:the\s+)?(?:author|publication)|CC[\s-]BY)/i,
  ],
  [
    'keep-copyright',
    /\b(?:copyright\b[^.]{0,40}(?:acknowledg|retain|kept|keep|include|intact|notice)|(?:retain|keep|include)\s+(?:the\s+)?copyright|and\s+copyright\s+are\s+acknowledged)/i,
  ],
  [
    'link-original',
    /\b(?:hyper-?link|link\s+(?:back\s+)?to\s+(?:the\s+)?(?:original|our|source)|link\s+back|canonical\s+link)/i,
  ],
  [
    'no-edits',
    /\b(?:without\s+(?:any\s+)?(?:edit|change|alteration|modification)|(?:can(?:not|'t|’t)|may\s+not|must\s+not|do\s+not|don't|don’t)\s+(?:\w+\s+)?(?:edit|alter|change|modify)|unedited|in\s+(?:its|their)\s+entirety|no\s*-?\s*deriv|\bND\b)/i,
  ],
  [
    'non-commercial',
    /\b(?:non-?\s?commercial|not\s+for\s+(?:commercial|profit)|(?:can(?:not|'t|’t)|may\s+not|must\s+not)\s+(?:\w+\s+)?(?:sell|charge)|\bNC\b)/i,
  ],
];

export const republishing: Detector = {
  id: 'republishing',
  description: 'Terms a page states for republishing its own articles, and what they require.',
  detect(ctx: Context) {
    const out: Finding[] = [];
    for (const block of ctx.page.blocks) {
      if (block.region === 'comments' || block.region === 'quote' || block.region === 'media')
        continue;
      if (
        !/permission|publish|post|reprint|reproduc|re-?use|share|licen[cs]e|free/i.test(block.text)
      )
        continue;
      const list = sentences(block.text).map((x) => x.s);
      for (let i = 0; i < list.length; i++) {
        const s = list[i]!;
        const granted = GRANT.test(s);
        if (!granted && !ASK.test(s)) continue;
        // Conditions often follow the grant: "Republish us for free. You must credit us."
        const terms = list.slice(i, i + 3).join(' ');
        const requires = granted
          ? NEEDS.filter(([, re]) => re.test(terms)).map(([r]) => r)
          : (['ask-permission'] as Requirement[]);
        out.push({
          kind: 'republishing-terms',
          source: 'text',
          text: truncate(clean(s), 400),
          strength: 'strong',
          block,
          terms: { text: truncate(clean(s), 400), requires },
        });
      }
    }
    return out;
  },
  examples: {
    positive: [
      {
        html: 'The Centre of Research on Globalization grants permission to cross-post Global Research articles on community internet sites as long the source and copyright are acknowledged together with a hyperlink to the original Global Research article.',
        expect: { requires: ['credit-source', 'keep-copyright', 'link-original'] },
      },
      {
        html: 'You are free to republish this article for non-commercial purposes, as long as you credit the author and do not edit the text.',
        expect: { requires: ['credit-source', 'no-edits', 'non-commercial'] },
      },
      {
        html: 'Republish our articles for free, online or in print, under a Creative Commons license. You must credit us and link back to the original.',
        expect: { requires: ['credit-source', 'link-original'] },
      },
      {
        html: 'This article may not be reproduced or distributed without the prior written permission of Example Media.',
        expect: { requires: ['ask-permission'] },
      },
      {
        html: 'Please contact us for permission to republish our content.',
        expect: { requires: ['ask-permission'] },
      },
    ],
    negative: [
      {
        html: 'This article is republished from The Conversation under a Creative Commons license.',
      },
      { html: 'The city council gave permission for the festival to go ahead on Sunday.' },
      { html: 'Share this article on Facebook or Twitter.' },
    ],
  },
};
