import type { Plugin } from 'vite';

/**
 * Empties each detector's `examples` and `description` in a bundle: test cases and prose kept
 * beside the code for the unit tests and the docs, a fifth of the analyser's size and no use
 * in a browser.
 */
export function withoutDetectorExamples(): Plugin {
  type Node = { type?: string; start: number; end: number; [k: string]: unknown };
  const EMPTY = '{ positive: [], negative: [] }';
  const keyName = (p: Node) => (p.key as { name?: string; value?: string } | undefined)?.name;
  return {
    name: 'without-detector-examples',
    transform(code, id) {
      if (!/[\\/]src[\\/]detectors[\\/][\w-]+\.ts$/.test(id)) return null;
      const cuts: Array<[number, number, string]> = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) {
          for (const item of node) visit(item);
          return;
        }
        const n = node as Node;
        if (n.type === 'ObjectExpression') {
          const props = n.properties as Node[];
          if (props.some((p) => keyName(p) === 'detect')) {
            for (const p of props) {
              const value = p.value as Node;
              if (keyName(p) === 'examples') cuts.push([value.start, value.end, EMPTY]);
              if (keyName(p) === 'description') cuts.push([value.start, value.end, "''"]);
            }
          }
        }
        for (const v of Object.values(n)) if (v && typeof v === 'object') visit(v);
      };
      visit(this.parse(code));
      if (!cuts.length) return null;
      let out = code;
      for (const [a, b, by] of cuts.sort((x, y) => y[0] - x[0]))
        out = `${out.slice(0, a)}${by}${out.slice(b)}`;
      return { code: out, map: null };
    },
  };
}
