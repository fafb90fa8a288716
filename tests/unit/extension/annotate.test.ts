// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ownAnnotations,
  rangeFromOffsets,
  textOffsets,
  trimmedOffsets,
} from '../../../extension/content/annotate';
import { clearHighlights, highlightQuote } from '../../../extension/content/highlight';
import { makeCapture } from '../../../src/capture/model';
import { validateCapture } from '../../../src/capture/validate';
import { counterIds, sampleReport } from '../capture/sample';
import { t } from './translate';

const URL = 'https://news.example/story';
const PAGE = `<main><h1>Storm closes coastal road</h1>
  <p id="a">The   original source of this <a href="#">article</a> is <b>South Front</b>.</p>
  <script>var x = "not shown";</script>
  <p id="b">Copyright © South Front, 2020</p></main>`;

// The box's shadow root is closed: keep a handle on it as it is made, as a test seam.
const roots: ShadowRoot[] = [];
const attach = Element.prototype.attachShadow;
beforeEach(() => {
  roots.length = 0;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.push(root);
    return root;
  };
  document.body.innerHTML = PAGE;
});
afterEach(() => {
  Element.prototype.attachShadow = attach;
  document.documentElement.querySelector('provenance-lens-note')?.remove();
});

function selectText(text: string, within = document.body): Range {
  const at = (within.textContent ?? '').indexOf(text);
  const range = rangeFromOffsets(within, at, at + text.length)!;
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
  return range;
}

function annotations() {
  return ownAnnotations(t, { now: () => new Date('2024-05-01T12:00:00Z'), newId: counterIds() });
}

const box = () => {
  const root = roots.at(-1)!;
  return {
    root,
    text: root.querySelector('textarea'),
    buttons: [...root.querySelectorAll('button')],
    button: (label: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent === label)!,
  };
};
const key = (target: Element, init: KeyboardEventInit) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, ...init }));

describe('text offsets in body.textContent', () => {
  it('measures a selection across elements, as textContent counts (scripts included)', () => {
    const range = selectText('Copyright © South Front');
    const at = textOffsets(document.body, range)!;
    expect(document.body.textContent?.slice(at.start, at.end)).toBe('Copyright © South Front');
    const across = selectText('this article is South');
    const at2 = textOffsets(document.body, across)!;
    expect(document.body.textContent?.slice(at2.start, at2.end)).toBe('this article is South');
  });

  it('trims whitespace at either end, and gives null for whitespace alone', () => {
    const text = document.body.textContent ?? '';
    const start = text.indexOf('The   original') - 1;
    const range = rangeFromOffsets(document.body, start, start + 20)!;
    const at = trimmedOffsets(document.body, range)!;
    expect(text.slice(at.start, at.end)).toBe('The   original sour');
    const gap = text.indexOf('   original');
    expect(
      trimmedOffsets(document.body, rangeFromOffsets(document.body, gap, gap + 3)!),
    ).toBeNull();
  });

  it('maps offsets back to the same range', () => {
    const range = selectText('source of this article');
    const at = textOffsets(document.body, range)!;
    expect(rangeFromOffsets(document.body, at.start, at.end)?.toString()).toBe(
      'source of this article',
    );
    expect(rangeFromOffsets(document.body, 5, 5)).toBeNull();
    expect(rangeFromOffsets(document.body, 0, 1e6)).toBeNull();
  });

  it('refuses a range outside the root', () => {
    const other = document.createElement('p');
    other.textContent = 'elsewhere';
    const range = document.createRange();
    range.selectNodeContents(other);
    expect(textOffsets(document.getElementById('a')!, range)).toBeNull();
  });
});

describe('the comment box', () => {
  it('opens next to the selection in a closed shadow root, focused, quoting the words', () => {
    selectText('South Front, 2020');
    expect(annotations().open(document, URL)).toEqual({ opened: true });
    const host = document.querySelector('provenance-lens-note')!;
    expect(host.shadowRoot).toBeNull(); // closed: the page cannot reach into it
    expect(host.getAttribute('data-provenance-lens')).toBe('comment-box');
    const { root, text, buttons } = box();
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('title');
    expect(root.getElementById('title')?.textContent).toBe('Your comment on the selected words');
    expect(root.querySelector('blockquote')?.textContent).toBe('South Front, 2020');
    expect(root.activeElement).toBe(text);
    expect(buttons.map((b) => b.textContent)).toEqual(['Save', 'Cancel']);
    // Nothing of the box is in the page's text.
    expect(document.body.textContent).not.toContain('Your comment');
  });

  it('records a comment on Save, anchored in the page text, and highlights it', () => {
    const own = annotations();
    const before = document.body.textContent;
    selectText('South Front, 2020');
    own.open(document, URL);
    box().text!.value = '  Kept the copyright line.  ';
    box().button('Save').click();
    expect(document.querySelector('provenance-lens-note')).toBeNull();
    const [note, ...rest] = own.list(URL);
    expect(rest).toEqual([]);
    const at = (before ?? '').indexOf('South Front, 2020');
    expect(note).toEqual({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      motivation: 'commenting',
      created: '2024-05-01T12:00:00.000Z',
      creator: 'user',
      target: {
        source: URL,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'South Front, 2020',
            prefix: (before ?? '').slice(at - 32, at),
            suffix: (before ?? '').slice(at + 17, at + 49),
          },
          { type: 'TextPositionSelector', start: at, end: at + 17 },
        ],
      },
      body: 'Kept the copyright line.',
      evidence: null,
    });
    const marks = [
      ...document.querySelectorAll('mark[data-provenance-lens="provenance-lens-note"]'),
    ];
    expect(marks.map((m) => m.textContent).join('')).toBe('South Front, 2020');
    expect(document.body.textContent).toBe(before);
    // It goes into a capture as it is.
    const capture = makeCapture({
      url: URL,
      report: sampleReport({ url: URL }),
      annotations: [note!],
    });
    expect(validateCapture(capture).ok).toBe(true);
  });

  it('keeps every note highlighted, and "Show on page" leaves them alone', () => {
    const own = annotations();
    for (const [words, comment] of [
      ['Storm closes', 'first'],
      ['Copyright ©', 'second'],
    ]) {
      selectText(words as string);
      own.open(document, URL);
      box().text!.value = comment as string;
      key(box().text!, { key: 'Enter', ctrlKey: true });
    }
    const notes = () =>
      [...document.querySelectorAll('mark[data-provenance-lens="provenance-lens-note"]')].map(
        (m) => m.textContent,
      );
    expect(notes()).toEqual(['Storm closes', 'Copyright ©']);
    expect(own.list(URL).map((a) => a.body)).toEqual(['first', 'second']);
    highlightQuote(document, { text: 'original source of this article', position: null });
    clearHighlights(document);
    expect(notes()).toEqual(['Storm closes', 'Copyright ©']);
  });

  it('does not save a blank comment', () => {
    const own = annotations();
    selectText('Storm');
    own.open(document, URL);
    box().text!.value = '   ';
    box().button('Save').click();
    expect(own.list(URL)).toEqual([]);
    expect(box().text!.getAttribute('aria-invalid')).toBe('true');
    expect(document.querySelector('provenance-lens-note')).not.toBeNull();
  });

  it('closes on Escape without saving, and gives the focus back', () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const own = annotations();
    selectText('Storm');
    own.open(document, URL);
    box().text!.value = 'never mind';
    key(box().text!, { key: 'Escape' });
    expect(document.querySelector('provenance-lens-note')).toBeNull();
    expect(own.list(URL)).toEqual([]);
    expect(document.activeElement).toBe(field);
  });

  it("keeps typing in the box from the page's own key handlers", () => {
    const heard: string[] = [];
    const listen = (e: Event) => heard.push(e.type);
    for (const type of ['keydown', 'keyup', 'input']) document.addEventListener(type, listen);
    selectText('Storm');
    annotations().open(document, URL);
    key(box().text!, { key: 'j' });
    box().text!.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, composed: true }));
    box().text!.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    for (const type of ['keydown', 'keyup', 'input']) document.removeEventListener(type, listen);
    expect(heard).toEqual([]);
  });

  it('keeps Tab inside the box', () => {
    selectText('Storm');
    annotations().open(document, URL);
    const { root, text, button } = box();
    button('Cancel').focus();
    key(button('Cancel'), { key: 'Tab' });
    expect(root.activeElement).toBe(text);
    key(text!, { key: 'Tab', shiftKey: true });
    expect(root.activeElement).toBe(button('Cancel'));
  });

  it('asks for a selection when there is none', () => {
    getSelection()!.removeAllRanges();
    const own = annotations();
    expect(own.open(document, URL)).toEqual({ opened: false });
    const { root, text, buttons } = box();
    expect(text).toBeNull();
    expect(root.getElementById('title')?.textContent).toBe(
      'Select the words you want to comment on, then try again.',
    );
    expect(buttons.map((b) => b.textContent)).toEqual(['Close']);
    expect(root.activeElement).toBe(buttons[0]);
    buttons[0]!.click();
    expect(document.querySelector('provenance-lens-note')).toBeNull();
  });

  it('one box at a time', () => {
    const own = annotations();
    selectText('Storm');
    own.open(document, URL);
    selectText('Copyright');
    own.open(document, URL);
    expect(document.querySelectorAll('provenance-lens-note')).toHaveLength(1);
    expect(box().root.querySelector('blockquote')?.textContent).toBe('Copyright');
  });

  it('lists only the notes made at the address asked for', () => {
    const own = annotations();
    selectText('Storm');
    own.open(document, URL);
    box().text!.value = 'on the first article';
    box().button('Save').click();
    expect(own.list(URL)).toHaveLength(1);
    expect(own.list('https://news.example/next-story')).toEqual([]);
  });
});
