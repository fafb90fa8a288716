import { describe, expect, test } from 'vitest';
import { poorlyWritten, readableName } from '../../src/chain/readable-name';

describe('readableName', () => {
  test.each([
    ['https://www.wcax.com', 'wcax.com', 'wcax.com'],
    ['http://news.example.co.uk/home', null, 'news.example.co.uk'],
    ['www.valleynews7.com', 'valleynews7.com', 'valleynews7.com'],
    ['resilience', 'resilience.org', 'Resilience'],
    ['the daily planet', null, 'The Daily Planet'],
    ['Global Research', 'globalresearch.ca', 'Global Research'],
    ['Salon.com', 'salon.com', 'Salon.com'],
    ['20 Minutes', '20minutes.fr', '20 Minutes'],
    ['  The   Conversation ', null, 'The Conversation'],
    [null, 'southfront.org', 'southfront.org'],
    ['', null, null],
  ])('%j (domain %j) reads %j', (name, domain, shown) => {
    expect(readableName(name, domain)).toBe(shown);
  });

  test('no web address and no name without capitals is well written', () => {
    expect(poorlyWritten('https://www.wcax.com')).toBe(true);
    expect(poorlyWritten('valleynews7.com')).toBe(true);
    expect(poorlyWritten('resilience')).toBe(true);
    expect(poorlyWritten('Resilience')).toBe(false);
    expect(poorlyWritten('ANSA')).toBe(false);
  });
});
