/** Elements whose text stands apart from the text around them. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The text of an article's HTML (Readability's `content`), paragraphs apart. It is Readability's
 * `textContent` with a line break at every block: `textContent` alone glues
 * "…the river.</p><p>Mayor…" into one word "river.Mayor", which would read as an edit.
 * Character ranges from the comparison point into this text.
 */
export function articleText(
  content: string | null | undefined,
  parse: (html: string) => Document,
): string {
  if (!content) return '';
  const doc = parse(`<!doctype html><html><body>${content}</body></html>`);
  const parts: string[] = [];
  // A stack, not recursion: a hostile page can nest deeper than the call stack goes.
  const stack: Array<Node | '\n'> = [doc.body];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === '\n') parts.push('\n');
    else if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1) {
      const tag = (node as Element).tagName.toLowerCase();
      if (SKIPPED.has(tag)) continue;
      const block = BLOCKS.has(tag);
      if (block) stack.push('\n');
      for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
      if (block) parts.push('\n');
    }
  }
  return parts
    .join('')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ *\n\s*/g, '\n\n')
    .trim();
}
