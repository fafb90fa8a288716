/**
 * A page without an `<html>` start tag (old conditional-comment templates) can leave a
 * parser's tree with the page's content beside `<body>`, or in a second `<body>`, instead of
 * in it: browsers mend this, linkedom does not. Everything after the body, and any element other than the head
 * before it, is moved into the body, so the text and Readability see the page a browser shows.
 */
export function adoptStrayNodes(doc: Document): Document {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body) return doc;
  // A second <body> the parser opened after an implicit one: its content belongs in the first.
  for (const other of Array.from(doc.querySelectorAll('body'))) {
    if (other === body) continue;
    while (other.firstChild) body.appendChild(other.firstChild);
  }
  if (body.parentNode !== root) return doc;
  const stray: Node[] = [];
  let afterBody = false;
  for (let n = root.firstChild; n; n = n.nextSibling) {
    if (n === body) afterBody = true;
    else if (afterBody || (n.nodeType === 1 && (n as Element).tagName.toUpperCase() !== 'HEAD'))
      stray.push(n);
  }
  // Metadata the head should have held stays out of the text either way; only content moves.
  const content = stray.filter(
    (n) =>
      n.nodeType === 3 ||
      (n.nodeType === 1 &&
        !/^(?:META|LINK|STYLE|SCRIPT|TITLE|BASE)$/i.test((n as Element).tagName)),
  );
  if (!content.some((n) => n.nodeType === 1)) return doc;
  for (const n of content) body.appendChild(n);
  return doc;
}
