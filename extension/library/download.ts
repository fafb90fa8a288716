/**
 * Files for the researcher: named by the day they were made, handed to the browser as a Blob
 * through an `<a download>` click, so no `downloads` permission is needed.
 */

export interface OutFile {
  name: string;
  type: string;
  data: string | Uint8Array<ArrayBuffer>;
}

/** `provenance-lens-2026-12-01.wacz`, or `provenance-lens-2026-12-01-<slug>.html`. */
export function fileName(now: Date, extension: string, slug = ''): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  return `provenance-lens-${day}${slug ? `-${slug}` : ''}.${extension}`;
}

/** A title as a short, safe part of a file name: ASCII letters and digits joined by "-". */
export function slugify(title: string, max = 60): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

// Long enough for the browser to start reading the Blob, in Firefox too.
const REVOKE_AFTER_MS = 60_000;

/** Starts one download per file. */
export async function saveFiles(files: readonly OutFile[], doc: Document = document) {
  for (const [i, file] of files.entries()) {
    // Browsers drop downloads started in the same instant; a short pause keeps them all.
    if (i > 0) await new Promise((r) => setTimeout(r, 150));
    const url = URL.createObjectURL(new Blob([file.data], { type: file.type }));
    const a = doc.createElement('a');
    a.href = url;
    a.download = file.name;
    a.hidden = true;
    doc.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
