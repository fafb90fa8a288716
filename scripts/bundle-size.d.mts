export interface Size {
  raw: number;
  gzip: number;
  files: string[];
}
export const SIZE_BUDGETS: { content: number; popup: number };
export function pageFiles(html: string): string[];
export function staticImports(code: string): string[];
export function bundleSizes(dir?: string): Promise<{
  content: Size;
  popup: Size;
  'popup (lazy)': Size;
  library: Size;
  background: Size;
  analyzer: Size;
}>;
