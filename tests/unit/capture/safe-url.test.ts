import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../../src/capture';

describe('safeHttpUrl', () => {
  it.each([
    ['https://southfront.org/a?b=1#c', 'https://southfront.org/a?b=1#c'],
    ['http://globalresearch.ca', 'http://globalresearch.ca/'],
    ['  https://example.org/path  ', 'https://example.org/path'],
    ['HTTPS://EXAMPLE.ORG/A', 'https://example.org/A'],
    ['https://example.org/a b', 'https://example.org/a%20b'],
    ['https://例え.jp/', 'https://xn--r8jz45g.jp/'],
  ])('keeps %j as %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    ['jav\tascript:alert(1)'],
    ['java\nscript:alert(1)'],
    ['\u0001javascript:alert(1)'],
    [' javascript:alert(1)'],
    ['vbscript:msgbox(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['data:image/png;base64,AAAA'],
    ['file:///etc/passwd'],
    ['ftp://example.org/'],
    ['mailto:a@example.org'],
    ['//example.org/protocol-relative'],
    ['/relative'],
    ['https://user:pass@example.org/'],
    ['https://bank.example@evil.example/'],
    [''],
    [null],
    [undefined],
    [42],
    [`https://example.org/${'a'.repeat(9000)}`],
  ])('refuses %j', (input) => {
    expect(safeHttpUrl(input)).toBeNull();
  });
});
