// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Details } from '../../../extension/popup/components/Details';
import { ReportView } from '../../../extension/popup/components/ReportView';
import { StateView } from '../../../extension/popup/components/StateView';
import { Env } from '../../../extension/popup/context';
import { isRepublicationCounter, readableNotice } from '../../../extension/popup/evidence';
import type { View } from '../../../extension/popup/load';
import { citation } from '../../../extension/shared/citation';
import { publisherName } from '../../../extension/shared/summary';
import type { Evidence, Hop, Report } from '../../../src/report';
import { t } from './translate';

const quote = (text: string, kind: Evidence['kind'] = 'republished-from'): Evidence => ({
  kind,
  text,
  source: 'text',
  strength: 'strong',
});

const hop = (role: Hop['role'], publisher: string | null, evidence: Evidence[]): Hop => ({
  role,
  publisher,
  domain: publisher ? `${publisher.replace(/\W/g, '').toLowerCase()}.example` : null,
  url: null,
  date: null,
  evidence,
});

function report(chain: Hop[], over: Partial<Report> = {}): Report {
  return {
    schema: 'provenance-report/1',
    url: 'https://host.example/a',
    status: 'cross-post',
    article: null,
    chain,
    copyright: [],
    license: null,
    attribution: null,
    republishing: null,
    evidence: [],
    ...over,
  };
}

const env = { t, highlight: async () => ({ ok: true as const, value: { found: true } }) };

function show(node: preact.ComponentChild) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(<Env.Provider value={env}>{node}</Env.Provider>, root));
  return root;
}

const quotes = (root: Element, selector: string) =>
  [...root.querySelectorAll(`${selector} .quote q`)].map((q) => q.textContent);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('evidence as the popup lists it', () => {
  const COUNTER =
    'https://counter.theconversation.com/content/224511/count.gif?distributor=republish-lightbox-basic';

  it("names The Conversation's counter instead of showing its address", () => {
    const pixel: Evidence = {
      kind: 'tracking-pixel',
      text: COUNTER,
      source: 'link',
      strength: 'weak',
    };
    const root = show(
      <ReportView
        report={report([
          hop('host', 'The Daily Explainer', []),
          hop('original', 'The Conversation', [quote('Republished from The Conversation.'), pixel]),
        ])}
      />,
    );
    const original = root.querySelector('.hop--original')!;
    expect(original.textContent).toContain("The Conversation's republication counter");
    expect(original.textContent).not.toContain('counter.theconversation.com');
  });

  it('recognises a counter or pixel address on other republishers too', () => {
    const link = (text: string): Evidence => ({ kind: 'canonical', text, source: 'link' });
    expect(isRepublicationCounter(link('https://pixel.propublica.org/pixel.gif?id=1'))).toBe(true);
    expect(isRepublicationCounter(link('https://www.propublica.org/pixel.png?a=b'))).toBe(true);
    expect(isRepublicationCounter(link('https://counter.example-news.org/c/77/count.gif'))).toBe(
      true,
    );
    expect(isRepublicationCounter(link('https://theconversation.com/why-foxes-224511'))).toBe(
      false,
    );
    // Words on the page are a quote, whatever they say.
    expect(isRepublicationCounter(quote('https://counter.theconversation.com/x/count.gif'))).toBe(
      false,
    );
  });

  it('lists a quote two hops rest on once, under the first of them', () => {
    const both = quote('Originally published by Yahoo News, from The Associated Press');
    const root = show(
      <ReportView
        report={report([
          hop('host', 'Host Daily', []),
          hop('intermediate', 'Yahoo News', [both]),
          hop('original', 'The Associated Press', [both, quote('(AP) —', 'wire')]),
        ])}
      />,
    );
    expect(quotes(root, '.hop--intermediate')).toEqual([both.text]);
    expect(quotes(root, '.hop--original')).toEqual(['(AP) —']);
  });

  it("does not list this copy's own name as evidence", () => {
    const own: Evidence = { kind: 'site-name', text: 'Global Research', source: 'meta' };
    const root = show(
      <ReportView
        report={report([
          hop('host', 'Global Research', [own]),
          hop('original', 'South Front', [
            quote('The original source of this article is South Front'),
          ]),
        ])}
      />,
    );
    expect(root.querySelector('.hop--host .evidence')).toBeNull();
    expect(root.querySelector('.hop--host')?.textContent).not.toContain('metadata');
  });

  it('says a holder named twice in a row once, in the evidence and the copyright section', () => {
    const line = 'Copyright © South Front, South Front, 2020';
    const r = report(
      [
        hop('host', 'Global Research', []),
        hop('original', 'South Front', [quote(line, 'copyright-credit')]),
      ],
      { copyright: [{ text: line, holders: ['South Front'], year: 2020, scope: 'article' }] },
    );
    const root = show(<ReportView report={r} details={<Details report={r} />} />);
    expect(quotes(root, '.hop--original')).toEqual(['Copyright © South Front, 2020']);
    expect(root.querySelector('.notice .line')?.textContent).toBe('Copyright © South Front, 2020');
    expect(readableNotice('© Jane Doe, Reuters, 2021')).toBe('© Jane Doe, Reuters, 2021');
    expect(readableNotice('Copyright 2020, 2020 Media Ltd')).toBe('Copyright 2020, 2020 Media Ltd');
  });

  it('"Show on page" still looks for the line as the page has it', async () => {
    const line = 'Copyright © South Front, South Front, 2020';
    const asked: string[] = [];
    const root = document.createElement('div');
    document.body.append(root);
    const spy = {
      t,
      highlight: async (req: { text: string }) => {
        asked.push(req.text);
        return { ok: true as const, value: { found: true } };
      },
    };
    act(() =>
      render(
        <Env.Provider value={spy}>
          <ReportView
            report={report([
              hop('host', 'Host', []),
              hop('original', 'South Front', [quote(line, 'copyright-credit')]),
            ])}
          />
        </Env.Provider>,
        root,
      ),
    );
    await act(async () => root.querySelector<HTMLButtonElement>('.quote button')!.click());
    expect(asked).toEqual([line]);
  });
});

describe('names', () => {
  it('never shows a web address or a lower-case slug as a publisher name', () => {
    expect(publisherName(hop('host', 'https://www.wcax.com', []), t)).toBe('wcax.com');
    expect(publisherName(hop('original', 'resilience', []), t)).toBe('Resilience');
    expect(publisherName({ ...hop('original', null, []), domain: 'southfront.org' }, t)).toBe(
      'southfront.org',
    );
    expect(publisherName(null, t)).toBe('Unnamed publisher');
  });
});

describe('wording', () => {
  it('a title that ends a sentence gets no second full stop in the citation', () => {
    const r = report([{ ...hop('host', 'Global Research', []), url: 'https://gr.example/a' }], {
      status: 'original',
      article: {
        title: 'What the map does not show them.',
        byline: null,
        siteName: null,
        publishedTime: null,
        lang: 'en',
      },
    });
    expect(citation(r, t)).toBe(
      '“What the map does not show them.” Global Research, https://gr.example/a.',
    );
    expect(citation(r, t)).not.toMatch(/[.!?]”\./);
  });

  it('the delete and restore notices never end in double punctuation', () => {
    for (const key of ['libraryDeleted', 'libraryRestored'] as const) {
      expect(t(key, ['What the map does not show them.'])).not.toMatch(/[.!?]”[.!?]/);
    }
  });

  it('a page not read yet is not called one of the browser’s own pages', () => {
    const view: View = { kind: 'restricted', reason: 'no-access' };
    const root = show(<StateView view={view} onRetry={() => {}} onGoOn={() => {}} />);
    expect(root.textContent).toContain('Click the toolbar button on the page to read it');
    expect(root.textContent).not.toMatch(/browser's own pages|Can't read this page/);
    const own = show(
      <StateView
        view={{ kind: 'restricted', reason: 'browser-page' }}
        onRetry={() => {}}
        onGoOn={() => {}}
      />,
    );
    expect(own.textContent).toContain("browser's own pages");
  });
});
