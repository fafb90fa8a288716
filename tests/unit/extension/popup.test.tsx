// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { Details } from '../../../extension/popup/components/Details';
import { ReportView } from '../../../extension/popup/components/ReportView';
import { Env } from '../../../extension/popup/context';
import type { Evidence, Hop, Report } from '../../../src/report';
import { t } from './translate';

const strong = (text: string): Evidence => ({
  kind: 'republished-from',
  text,
  source: 'text',
  strength: 'strong',
});
const weak = (text: string): Evidence => ({
  kind: 'dated-source',
  text,
  source: 'text',
  strength: 'weak',
});

function hop(
  role: Hop['role'],
  publisher: string,
  evidence: Evidence[] = [strong(`via ${publisher}`)],
): Hop {
  return {
    role,
    publisher,
    domain: null,
    url: `https://${publisher.toLowerCase()}.example/a`,
    date: null,
    evidence,
  };
}

function report(chain: Hop[]): Report {
  return {
    schema: 'provenance-report/1',
    url: 'https://host.example/a',
    status: 'cross-post',
    article: null,
    chain,
    copyright: [],
    license: null,
    attribution: { sourceNamed: true, copyrightKept: false, originalLinked: false },
    republishing: null,
    evidence: [],
  };
}

function show(r: Report) {
  const root = document.createElement('div');
  document.body.append(root);
  const env = { t, highlight: async () => ({ ok: true as const, value: { found: true } }) };
  act(() =>
    render(
      <Env.Provider value={env}>
        <ReportView report={r} details={<Details report={r} />} />
      </Env.Provider>,
      root,
    ),
  );
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('popup chain', () => {
  const middle = ['B', 'C', 'D', 'E'].map((p) => hop('intermediate', p));
  const long = [hop('host', 'Host', []), ...middle, hop('original', 'Origin')];

  it('folds four or more middle hops into a count, and unfolds them on request', () => {
    const root = show(report(long));
    expect(root.querySelectorAll('.hop--intermediate')).toHaveLength(0);
    expect(root.querySelector('.hop--folded')?.textContent).toContain('4 publishers in between');
    const button = root.querySelector<HTMLButtonElement>('.hop--folded button')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => button.click());
    expect(root.querySelectorAll('.hop--intermediate')).toHaveLength(4);
  });

  it('shows three middle hops as they are', () => {
    const root = show(
      report([hop('host', 'Host', []), ...middle.slice(0, 3), hop('original', 'Origin')]),
    );
    expect(root.querySelectorAll('.hop--intermediate')).toHaveLength(3);
    expect(root.querySelector('.hop--folded')).toBeNull();
  });

  it('marks a hop that rests only on weak evidence as inferred', () => {
    const root = show(
      report([hop('host', 'Host', []), hop('original', 'Origin', [weak('Origin 3 May')])]),
    );
    const original = root.querySelector('.hop--original')!;
    expect(original.classList.contains('hop--inferred')).toBe(true);
    expect(original.textContent).toContain('inferred');
  });

  it('links only http(s) addresses, in a new tab without referrer', () => {
    const chain = [hop('host', 'Host', []), hop('original', 'Origin')];
    chain[1] = { ...(chain[1] as Hop), url: 'javascript:alert(1)' };
    expect(show(report(chain)).querySelectorAll('a')).toHaveLength(0);
    const root = show(report([hop('host', 'Host', []), hop('original', 'Origin')]));
    const link = root.querySelector('.hop--original a')!;
    expect(link.getAttribute('href')).toBe('https://origin.example/a');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('words the credit checklist neutrally', () => {
    const root = show(report([hop('host', 'Host', []), hop('original', 'Origin')]));
    const items = [...root.querySelectorAll('.checklist li')].map((li) => li.textContent);
    expect(items).toEqual([
      '✓Names the source',
      '–No copyright line of the source',
      '–No link to the original article itself',
    ]);
  });
});
