/**
 * The provenance panel of the standalone HTML export: status, chain, copyright, licence,
 * attribution checklist, republishing terms, the checks against the original, the researcher's
 * note and tags, and the evidence.
 * Markup only; every value from the page is escaped and every link passes `safeHttpUrl`.
 */
import type { Hop, Report } from '../../report';
import type { Capture } from '../model/model';
import { escapeHtml as esc, escapeMultiline, linkOrText } from '../safety/html-escape';
import { describeEvidence } from './evidence-labels';
import { checksOf, describeCheck, hopName, hostDate, statusLabel } from './provenance-text';

const ROLE = { host: 'This copy', intermediate: 'Via', original: 'Original' } as const;
const ATTRIBUTION = [
  ['sourceNamed', 'Source named'],
  ['copyrightKept', 'Copyright kept'],
  ['originalLinked', 'Original article linked'],
] as const;

/** The panel's inner HTML. */
export function provenancePanel(capture: Capture): string {
  const r = capture.report;
  return [
    `<p class="status status-${esc(r.status)}">${esc(statusLabel(r.status))}</p>`,
    r.summary ? `<p>${esc(r.summary)}</p>` : '',
    section('Chain', `<ol class="chain">${r.chain.map((h, i) => hopItem(h, i, r)).join('')}</ol>`),
    listSection(
      'Copyright',
      r.copyright.map((c) => esc(c.text)),
    ),
    r.license
      ? section(
          'Licence',
          `<p>${linkOrText(r.license.name ?? r.license.text ?? 'Licence', r.license.url)}</p>`,
        )
      : '',
    r.attribution ? section('Attribution', attributionList(r)) : '',
    r.republishing
      ? section(
          'Republishing terms',
          `<blockquote>${esc(r.republishing.text)}</blockquote><p>Requires: ${esc(r.republishing.requires.join(', ') || 'nothing stated')}</p>`,
        )
      : '',
    listSection(
      'Checked against the original',
      checksOf(capture).map((c) => esc(describeCheck(c))),
    ),
    capture.note.trim() ? section('Note', `<p>${escapeMultiline(capture.note)}</p>`) : '',
    listSection(
      'Tags',
      capture.tags.map((t) => esc(t)),
    ),
    listSection('Evidence and highlights', evidenceItems(capture)),
    listSection(
      'Not kept in this file',
      capture.snapshot.omitted.map((o) => esc(o)),
    ),
  ].join('');
}

function hopItem(hop: Hop, index: number, report: Report): string {
  const date = index === 0 ? hostDate(report) : hop.date;
  const domain =
    hop.domain && hop.domain !== hopName(hop)
      ? ` <span class="domain">${esc(hop.domain)}</span>`
      : '';
  const when = date
    ? ` <time datetime="${esc(date)}">${esc(date.slice(0, 10))}</time>`
    : ' <span class="undated">undated</span>';
  return `<li><span class="role">${ROLE[hop.role]}</span> ${linkOrText(hopName(hop), hop.url)}${domain}${when}</li>`;
}

function attributionList(report: Report): string {
  const a = report.attribution;
  if (!a) return '';
  const items = ATTRIBUTION.map(([key, label]) => {
    const ok = a[key];
    return `<li class="${ok ? 'yes' : 'no'}"><span aria-hidden="true">${ok ? '✓' : '✗'}</span> ${label}: ${ok ? 'yes' : 'no'}</li>`;
  });
  return `<ul class="checklist">${items.join('')}</ul>`;
}

function evidenceItems(capture: Capture): string[] {
  return capture.annotations.map((a) => {
    const quote = `<q>${esc(a.target.selector[0].exact)}</q>`;
    const what = a.evidence
      ? describeEvidence(a.evidence)
      : a.creator === 'user'
        ? 'your highlight'
        : a.motivation;
    const comment = a.body ? `<br>${escapeMultiline(a.body)}` : '';
    return `${quote} <small>${esc(what)}</small>${comment}`;
  });
}

function section(title: string, inner: string): string {
  return `<section><h2>${esc(title)}</h2>${inner}</section>`;
}

function listSection(title: string, itemsHtml: string[]): string {
  if (!itemsHtml.length) return '';
  return section(title, `<ul>${itemsHtml.map((i) => `<li>${i}</li>`).join('')}</ul>`);
}
