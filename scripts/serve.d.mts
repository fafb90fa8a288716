/** Types for serve.mjs. */
export function fileFor(pathname: string): string | null;

export interface Served {
  /** http://127.0.0.1:<port> */
  origin: string;
  close(): Promise<void>;
}

export function serve(): Promise<Served>;
