import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import type { Report } from '../../../src/report';

const schema = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../src/report.schema.json'), 'utf8'),
);
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The schema's complaints about a report, as readable lines (empty when valid). */
export function schemaErrors(report: Report | unknown): string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

/** No `javascript:`, `data:` or `vbscript:` address anywhere in a report. */
export function unsafeUrls(report: unknown): string[] {
  return JSON.stringify(report).match(/"(?:\s*)(?:javascript|data|vbscript):[^"]*"/gi) ?? [];
}
