import { describe, expect, test } from 'vitest';
import { findDate, toIsoDate } from '../../src/text/dates';
import { daysBetween } from '../../src/text/days';

describe('findDate', () => {
  test.each([
    ['South Front 21 January 2020', '2020-01-21'],
    ['Global Research, January 22, 2020', '2020-01-22'],
    ['Jan. 5, 2021', '2021-01-05'],
    ['March 3, 2021', '2021-03-03'],
    ['October 9, 2022', '2022-10-09'],
    ['December 24, 2019', '2019-12-24'],
    ['am 3. März 2024 erschienen', '2024-03-03'],
    ['el 3 de marzo de 2024', '2024-03-03'],
    ['le 1er avril 2024', '2024-04-01'],
    ['21 января 2020 г.', '2020-01-21'],
    ['15 giugno 2023', '2023-06-15'],
    ['5 de maio de 2023', '2023-05-05'],
    ['21.01.2020', '2020-01-21'],
    ['2020-01-21', '2020-01-21'],
  ])('%s', (text, iso) => expect(findDate(text)?.iso).toBe(iso));

  test.each([
    ['we decided 12 2020'],
    ['31 February 2020'],
    ['room 12 on floor 2020'],
    ['no date here'],
  ])('no date in %s', (text) => expect(findDate(text)).toBeNull());
});

describe('toIsoDate', () => {
  test.each([
    ['2020-01-22', '2020-01-22'],
    ['2020-01-22T10:00:00+02:00', '2020-01-22T10:00:00+02:00'],
    ['2024-02-27T21:05:00-0500', '2024-02-27T21:05:00-05:00'],
    ['2020-01-22T10:00:00.096Z', '2020-01-22T10:00:00.096Z'],
    ['2020-01-22 10:00', '2020-01-22T10:00:00'],
    ['January 22, 2020', '2020-01-22'],
    ['garbage', null],
    ['', null],
  ])('%s', (value, iso) => expect(toIsoDate(value)).toBe(iso));
});

describe('daysBetween', () => {
  test('counts calendar days from the earlier argument to the later one', () => {
    expect(daysBetween('2020-01-20', '2020-01-21T23:30:00-05:00')).toBe(1);
    expect(daysBetween('2020-01-21', '2020-01-20')).toBe(-1);
    expect(daysBetween('2019-12-31', '2020-03-01')).toBe(61);
  });
  test('is null for a missing or partial date', () => {
    expect(daysBetween(null, '2020-01-20')).toBeNull();
    expect(daysBetween('2020', '2020-01-20')).toBeNull();
    expect(daysBetween('2020-01-20', 'not a date')).toBeNull();
  });
});
