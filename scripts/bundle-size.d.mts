export interface Size {
  raw: number;
  gzip: number;
  files: string[];
}
export const SIZE_BUDGETS: { content: number; popup: number };
export function bundleSizes(
  dir?: string,
): Promise<{ content: Size; popup: Size; background: Size; analyzer: Size }>;
