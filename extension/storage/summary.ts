/** A capture's entry in the list, kept in the `summaries` store so the list never loads snapshots. */
import type { Capture } from '../../src/capture';
import { chainLine, EXPORT_LOCALE, namedHops } from '../../src/capture/citation/provenance-text';
import type { CaptureSummary } from './schema';

/** The list's entry for a capture: a pure function of it. */
export function summarise(capture: Capture): CaptureSummary {
  const publishers = new Map<string, string>();
  for (const hop of capture.report.chain) {
    for (const name of [hop.publisher, hop.domain]) {
      const trimmed = name?.trim();
      const key = trimmed?.toLowerCase();
      if (trimmed && key && !publishers.has(key)) publishers.set(key, trimmed);
    }
  }
  const hops = namedHops(capture.report);
  return {
    id: capture.id,
    url: capture.url,
    title: capture.title,
    savedAt: capture.savedAt,
    status: capture.report.status,
    chain: chainLine(hops, EXPORT_LOCALE),
    hops,
    publishers: [...publishers.values()],
    note: capture.note,
    tags: [...capture.tags],
    annotations: capture.annotations.length,
    evidence: capture.annotations.filter((a) => a.evidence).length,
    own: capture.annotations.filter((a) => !a.evidence).length,
  };
}
