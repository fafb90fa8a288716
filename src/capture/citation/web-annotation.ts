/**
 * W3C Web Annotation Data Model export (JSON-LD): one AnnotationCollection whose single
 * AnnotationPage embeds every annotation. The JSON-LD context is given once, at the top, and
 * applies to everything embedded beneath it.
 */

import type { Annotation, Capture } from '../model/model';
import { describeEvidence } from './evidence-labels';
import { describeChain } from './provenance-text';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const GENERATOR = { type: 'Software', name: 'Provenance Lens' } as const;

type Body = {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting' | 'tagging' | 'classifying' | 'describing';
};

export interface WebAnnotationOptions {
  now?: Date;
  /** IRI of the collection; a fresh urn:uuid by default. */
  id?: string;
  label?: string;
  newId?: () => string;
}

/** The captures' annotations as an AnnotationCollection, pretty-printed JSON-LD. */
export function toWebAnnotation(
  captures: readonly Capture[],
  options: WebAnnotationOptions = {},
): string {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const id = options.id ?? `urn:uuid:${newId()}`;
  const pageId = `urn:uuid:${newId()}`;
  const items = captures.flatMap((c) => [
    pageAnnotation(c),
    ...c.annotations.map((a) => toW3c(a, c)),
  ]);
  const collection = {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: options.label ?? 'Provenance Lens captures',
    total: items.length,
    generated: (options.now ?? new Date()).toISOString(),
    generator: GENERATOR,
    first: { id: pageId, type: 'AnnotationPage', partOf: id, startIndex: 0, items },
    last: pageId,
  };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function toW3c(a: Annotation, capture: Capture): Record<string, unknown> {
  const [quote, position] = a.target.selector;
  const selector: Array<Record<string, unknown>> = [
    {
      type: 'TextQuoteSelector',
      exact: quote.exact,
      ...(quote.prefix ? { prefix: quote.prefix } : {}),
      ...(quote.suffix ? { suffix: quote.suffix } : {}),
    },
  ];
  if (position)
    selector.push({ type: 'TextPositionSelector', start: position.start, end: position.end });
  const body: Body[] = [];
  if (a.body) body.push(textBody(a.body, 'commenting'));
  if (a.evidence) body.push(textBody(describeEvidence(a.evidence), 'describing'));
  return {
    id: a.id,
    type: 'Annotation',
    motivation: motivationOf(a),
    created: a.created,
    creator: a.creator === 'user' ? { type: 'Person' } : GENERATOR,
    generator: GENERATOR,
    ...(body.length ? { body: body.length === 1 ? body[0] : body } : {}),
    target: { source: capture.url, selector },
  };
}

/**
 * Evidence the extension found describes the words it marks; the researcher's own marks are
 * comments when they say something and highlights when they do not.
 */
function motivationOf(a: Annotation): 'describing' | 'commenting' | 'highlighting' {
  if (a.evidence) return 'describing';
  return a.body?.trim() ? 'commenting' : 'highlighting';
}

/**
 * One annotation on the whole page per capture: the provenance in words, the researcher's note
 * and their tags (as `tagging` bodies, which annotation clients show as tags).
 */
function pageAnnotation(capture: Capture): Record<string, unknown> {
  const note = capture.note.trim();
  const body: Body[] = [textBody(describeChain(capture.report), 'describing')];
  if (note) body.push(textBody(note, 'commenting'));
  for (const tag of capture.tags) body.push(textBody(tag, 'tagging'));
  const motivation = note ? 'commenting' : capture.tags.length ? 'tagging' : 'describing';
  return {
    id: captureIri(capture.id),
    type: 'Annotation',
    motivation,
    created: capture.savedAt,
    // Only the provenance sentence comes from the extension; a note or tags are the researcher's.
    creator: note || capture.tags.length ? { type: 'Person' } : GENERATOR,
    generator: GENERATOR,
    body,
    target: capture.url,
  };
}

function textBody(value: string, purpose: Body['purpose']): Body {
  return { type: 'TextualBody', value, format: 'text/plain', purpose };
}

/** A stable IRI for a capture: its UUID as a URN, or a urn:provenance-lens name. */
export function captureIri(id: string): string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
    ? `urn:uuid:${id.toLowerCase()}`
    : `urn:provenance-lens:capture:${encodeURIComponent(id)}`;
}
