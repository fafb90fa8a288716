/**
 * The fixture matcher: `expected.json` is a deep partial of the report.
 * - an object matches when each key it lists matches (other keys are ignored);
 * - an array matches positionally, with the same length;
 * - `{ "$contains": [a, b] }` matches an array holding, for each listed element, some match;
 * - `{ "$includes": "words" }` matches a string containing the words (case-insensitive);
 * - anything else matches by equality.
 * Returns the mismatches as readable lines (none: it matches).
 */
export function mismatches(actual: unknown, expected: unknown, path = ''): string[] {
  const here = path || '/';
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    const e = expected as Record<string, unknown>;
    if ('$contains' in e) {
      if (!Array.isArray(actual))
        return [`${here}: expected an array, got ${JSON.stringify(actual)}`];
      return (e.$contains as unknown[]).flatMap((want, i) =>
        actual.some((a) => mismatches(a, want).length === 0)
          ? []
          : [
              `${here}: no element matches $contains[${i}] ${JSON.stringify(want)} in ${JSON.stringify(actual).slice(0, 300)}`,
            ],
      );
    }
    if ('$includes' in e) {
      return typeof actual === 'string' &&
        actual.toLowerCase().includes(String(e.$includes).toLowerCase())
        ? []
        : [
            `${here}: expected text including ${JSON.stringify(e.$includes)}, got ${JSON.stringify(actual)}`,
          ];
    }
    if (actual === null || typeof actual !== 'object')
      return [`${here}: expected an object, got ${JSON.stringify(actual)}`];
    return Object.keys(e).flatMap((k) =>
      mismatches((actual as Record<string, unknown>)[k], e[k], `${path}/${k}`),
    );
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual))
      return [`${here}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== expected.length)
      return [
        `${here}: expected ${expected.length} items, got ${actual.length}: ${JSON.stringify(actual).slice(0, 400)}`,
      ];
    return expected.flatMap((want, i) => mismatches(actual[i], want, `${path}/${i}`));
  }
  return Object.is(actual, expected)
    ? []
    : [`${here}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`];
}
