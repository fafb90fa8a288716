/** A capture's entry in the list, kept in the `summaries` store so the list never loads snapshots. */
import { type Capture, describeChain } from '../../src/capture';
import { statusLabel } from '../../src/capture/provenance-text';
import type { Report } from '../../src/report';
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
  return {
    id: capture.id,
    url: capture.url,
    title: capture.title,
    savedAt: capture.savedAt,
    status: capture.report.status,
    chain: chainLine(capture.report),
    publishers: [...publishers.values()],
    note: capture.note,
    tags: [...capture.tags],
    annotations: capture.annotations.length,
    evidence: capture.annotations.filter((a) => a.evidence).length,
    own: capture.annotations.filter((a) => !a.evidence).length,
  };
}

/**
 * The chain as the exports write it, less their status word: the list shows the status in the
 * popup's words beside it. "Global Research (2020-01-22) ← South Front (2020-01-21)".
 */
function chainLine(report: Report): string {
  const line = describeChain(report);
  const label = `${statusLabel(report.status)}: `;
  return line.startsWith(label) ? line.slice(label.length) : line;
}
