/**
 * The small box a reader types a comment in, next to the words they selected. It lives in a
 * closed shadow root, so the page's scripts cannot read what is typed and the page's styles
 * cannot reach it; its key presses stop at the box, so the page's shortcuts do not fire while
 * typing. Everything in it is built as elements with text, never parsed from markup.
 */
import type { Translate } from '../shared/i18n';
import { MARKER } from './highlight';

export interface CommentBoxOptions {
  t: Translate;
  /** The selection's box in viewport coordinates; null places the box at the top. */
  anchor: DOMRect | null;
  /** The selected words (shown shortened), or null when nothing was selected. */
  quote: string | null;
  /** Called with the comment on Save (never blank); the box then closes. */
  onSave?: (comment: string) => void;
  /** Called once when the box closes, whether saved or not. */
  onClose?: () => void;
}

const WIDTH = 320;
const QUOTE_CHARS = 140;

const CSS = `
:host { all: initial; }
.box {
  box-sizing: border-box; width: ${WIDTH}px; padding: 12px; border-radius: 8px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2328; background: #fff; border: 1px solid #8c959f;
  box-shadow: 0 6px 24px rgb(0 0 0 / 25%);
}
.title { margin: 0 0 6px; font-weight: 600; }
.quote { margin: 0 0 8px; padding-left: 8px; border-left: 3px solid #0369a1; color: #57606a; }
textarea {
  box-sizing: border-box; width: 100%; min-height: 72px; resize: vertical; padding: 6px;
  font: inherit; color: inherit; background: inherit; border: 1px solid #8c959f; border-radius: 4px;
}
textarea[aria-invalid="true"] { border-color: #b91c1c; }
.row { display: flex; gap: 8px; justify-content: flex-end; margin-top: 8px; }
button {
  font: inherit; font-weight: 600; padding: 4px 12px; border-radius: 6px; cursor: pointer;
  border: 1px solid #8c959f; background: #f6f8fa; color: inherit;
}
button.primary { background: #0369a1; border-color: #0369a1; color: #fff; }
:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .box { color: #e6edf3; background: #1c1e21; border-color: #57606a; }
  .quote { color: #a4adb8; border-color: #7dd3fc; }
  button { background: #25282c; border-color: #57606a; }
  button.primary { background: #7dd3fc; border-color: #7dd3fc; color: #111; }
  :focus-visible { outline-color: #79b8ff; }
}`;

/** Shows the box; returns a function that closes it (without saving). */
export function showCommentBox(doc: Document, options: CommentBoxOptions): () => void {
  const { t, quote } = options;
  const previous = doc.activeElement as HTMLElement | null;
  // An element name of its own, which no page rule for `div` or `span` matches.
  const host = doc.createElement('provenance-lens-note');
  host.setAttribute(MARKER, 'comment-box');
  place(doc, host, options.anchor);
  const root = host.attachShadow({ mode: 'closed' });
  style(doc, root);

  const box = el(doc, 'div', 'box');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-labelledby', 'title');
  const title = el(doc, 'p', 'title', t(quote ? 'annotateBoxTitle' : 'annotateNoSelection'));
  title.id = 'title';
  box.append(title);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    host.remove();
    // Back to where the reader was, unless that was the page itself.
    if (previous && previous !== doc.body && previous.isConnected) previous.focus?.();
    options.onClose?.();
  };

  const row = el(doc, 'div', 'row');
  let first: HTMLElement;
  let save: (() => void) | null = null;
  if (quote) {
    const shown = quote.length > QUOTE_CHARS ? `${quote.slice(0, QUOTE_CHARS - 1)}…` : quote;
    box.append(el(doc, 'blockquote', 'quote', shown));
    const text = doc.createElement('textarea');
    text.setAttribute('aria-labelledby', 'title');
    box.append(text);
    first = text;
    save = () => {
      const comment = text.value.trim();
      if (!comment) {
        text.setAttribute('aria-invalid', 'true');
        text.focus();
        return;
      }
      options.onSave?.(comment);
      close();
    };
    text.addEventListener('input', () => text.removeAttribute('aria-invalid'));
    row.append(
      button(doc, t('annotateSave'), save, 'primary'),
      button(doc, t('annotateCancel'), close),
    );
  } else {
    first = button(doc, t('annotateClose'), close, 'primary');
    row.append(first);
  }
  box.append(row);
  root.append(box);

  box.addEventListener('keydown', (e) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && save) {
      e.preventDefault();
      save();
    } else if (e.key === 'Tab') {
      trapFocus(root, box, e);
    }
  });
  // The page's own shortcuts must not see what is typed in the box.
  for (const type of ['keyup', 'keypress', 'input', 'beforeinput']) {
    box.addEventListener(type, (e) => e.stopPropagation());
  }

  doc.documentElement.append(host);
  first.focus();
  return close;
}

function el(doc: Document, tag: string, cls: string, text?: string): HTMLElement {
  const node = doc.createElement(tag);
  node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(doc: Document, label: string, onClick: () => void, cls = ''): HTMLElement {
  const b = el(doc, 'button', cls, label);
  b.setAttribute('type', 'button');
  b.addEventListener('click', onClick);
  return b;
}

/** Below the selection (above when there is no room), inside the viewport horizontally. */
function place(doc: Document, host: HTMLElement, anchor: DOMRect | null): void {
  const view = doc.defaultView;
  const scrollX = view?.scrollX ?? 0;
  const scrollY = view?.scrollY ?? 0;
  const width = doc.documentElement.clientWidth || view?.innerWidth || WIDTH;
  const height = view?.innerHeight ?? 0;
  const visible = anchor && (anchor.width > 0 || anchor.height > 0);
  const left = visible ? Math.min(Math.max(8, anchor.left), Math.max(8, width - WIDTH - 8)) : 16;
  let top = visible ? anchor.bottom + 8 : 16;
  if (visible && height && top + 200 > height && anchor.top > 216) top = anchor.top - 208;
  // Set through the CSSOM, which a page's style-src policy does not govern.
  const s = host.style;
  s.setProperty('position', 'absolute', 'important');
  s.setProperty('left', `${Math.round(left + scrollX)}px`, 'important');
  s.setProperty('top', `${Math.round(top + scrollY)}px`, 'important');
  s.setProperty('z-index', '2147483647', 'important');
  s.setProperty('margin', '0', 'important');
}

/** The box's styles: a constructed sheet where the browser lets us adopt one, else <style>. */
function style(doc: Document, root: ShadowRoot): void {
  try {
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const el = doc.createElement('style');
    el.textContent = CSS;
    root.append(el);
  }
}

/** Keeps Tab and Shift+Tab inside the box while it is open. */
function trapFocus(root: ShadowRoot, box: HTMLElement, e: KeyboardEvent): void {
  const items = Array.from(box.querySelectorAll<HTMLElement>('textarea, button'));
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  if (e.shiftKey && root.activeElement === first) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && root.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
