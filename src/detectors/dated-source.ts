import { nameMatchesDomain } from '../chain/publisher';
import { findDate } from '../text/dates';
import { clean } from '../text/normalize';
import { NOT_CREDIT } from './credit-lines';
import { partyFrom } from './party';
import type { Context, Detector, Finding } from './types';

/**
 * A publisher's name beside a date on a short line near the top, as aggregators print
 * it under the title ("South Front 21 January 2020", "Global Research, January 22, 2020").
 * A name alone proves nothing — an author's name and a date look the same — so it is weak:
 * it dates a hop that other evidence names, and dates the host when it names the host.
 * Linked to another site that the name spells ("Responsible Statecraft" → responsiblestatecraft.org)
 * it names a publisher, and is strong.
 */
export const datedSource: Detector = {
  id: 'dated-source',
  description:
    'A name and a date alone on a short line near the title: dates the hops other evidence names.',
  detect(ctx: Context) {
    const out: Finding[] = [];
    const blocks = ctx.page.blocks;
    // Near the top: within the first third of the page's blocks.
    const limit = Math.max(30, Math.ceil(blocks.length / 3));
    for (const block of blocks.slice(0, limit)) {
      if (NOT_CREDIT.has(block.region) || block.text.length > 70 || block.text.length < 8) continue;
      const date = findDate(block.text);
      if (!date) continue;
      const rest = clean(
        `${block.text.slice(0, date.index)} ${block.text.slice(date.index + date.length)}`,
      ).replace(/[,|·•–—-]+\s*$|^\s*[,|·•–—-]+/g, '');
      // "By …" is a byline, "Updated …" a timestamp: neither names a source.
      if (
        !rest ||
        /^(?:by|von|par|por|di|de|от|автор|updated|published|posted|modified|aktualisiert|mis à jour|actualizado|aggiornato|atualizado)\b/i.test(
          rest,
        )
      )
        continue;
      if (rest.split(/\s+/).length > 6) continue;
      const party = partyFrom(rest, block, ctx.url);
      if (!party?.name) continue;
      party.date = date.iso;
      // A link to another site whose name the words spell is a publisher, not a person.
      const publisher =
        !!party.domain &&
        party.domain !== ctx.hostDomain &&
        nameMatchesDomain(party.name, party.domain);
      out.push({
        kind: 'dated-source',
        source: 'text',
        text: block.text,
        strength: publisher ? 'strong' : 'weak',
        block,
        party,
        depth: 'immediate',
      });
    }
    return out;
  },
  examples: {
    positive: [
      {
        html: '<a href="https://www.globalresearch.ca/author/south-front">South Front</a> 21 January 2020',
        expect: { name: 'South Front', date: '2020-01-21' },
      },
      {
        html: 'Global Research, January 22, 2020',
        expect: { name: 'Global Research', date: '2020-01-22' },
      },
      {
        html: '<a href="https://responsiblestatecraft.org/">Responsible Statecraft</a> 12 September 2023',
        expect: { name: 'Responsible Statecraft', domain: 'responsiblestatecraft.org' },
      },
    ],
    negative: [
      { html: 'By Jane Doe, January 22, 2020' },
      { html: 'Updated 21 January 2020' },
      { html: 'On 21 January 2020 the army repelled a large attack on the town of Abu Dafn.' },
    ],
  },
};
