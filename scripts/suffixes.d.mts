export const GENERIC: string[];
export function suffixTable(): { second: Record<string, string>; wildcard: string };
export function suffixData(): { SECOND_LEVEL: string; WILDCARD: string };
export function suffixSource(): string;
