/** Types for manifest.mjs. */
export const GECKO_ID: string;

/** The fields of a manifest that the build and its tests look at. */
export interface Manifest {
  [field: string]: unknown;
  background?: unknown;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
  content_security_policy: { extension_pages: string };
  browser_specific_settings: { gecko: Record<string, unknown> };
}

export function manifestFor(
  base: Record<string, unknown>,
  browser: 'chrome' | 'firefox',
  options?: { test?: boolean },
): Manifest;
