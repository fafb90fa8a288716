/** What a snapshot left out, in plain words for the reader. */
import { MB } from './options';

/** What was left out: single items in order, counted kinds as "what (n)". */
export class Omissions {
  private readonly items = new Map<string, number>();
  private readonly counted = new Set<string>();
  add(what: string): void {
    this.items.set(what, (this.items.get(what) ?? 0) + 1);
  }
  count(what: string): void {
    this.counted.add(what);
    this.add(what);
  }
  list(): string[] {
    return [...this.items].map(([what, n]) => (this.counted.has(what) ? `${what} (${n})` : what));
  }
}

/** "3.1 MB", "2 MB", "340 KB". */
export function size(bytes: number): string {
  if (bytes >= MB) return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}

/** An address short enough to list; inline data is named, not quoted. */
export function short(url: string): string {
  if (/^\s*data:/i.test(url)) return 'inline data';
  return url.length > 160 ? `${url.slice(0, 157)}…` : url;
}
