import { describe, expect, it } from 'vitest';
import {
  formatClaimValue,
  formatCoordinates,
  formatEventDate,
  formatEventDateWithStanding,
  formatNumber,
  formatPartialDate,
  formatPrecisionKm,
} from '../../src/lib/format.ts';

describe('formatPartialDate', () => {
  it('writes Levantine month names in Arabic, with Latin digits', () => {
    expect(formatPartialDate('2013-04-16', 'ar')).toBe('16 نيسان 2013');
    expect(formatPartialDate('2019-12-20', 'ar')).toBe('20 كانون الأول 2019');
    expect(formatPartialDate('2014-01', 'ar')).toBe('كانون الثاني 2014');
    expect(formatPartialDate('2011-02', 'ar')).toBe('شباط 2011');
    expect(formatPartialDate('2013-08', 'ar')).toBe('آب 2013');
  });

  it('writes English dates day-month-year', () => {
    expect(formatPartialDate('2013-04-16', 'en')).toBe('16 April 2013');
    expect(formatPartialDate('2013-08', 'en')).toBe('August 2013');
  });

  it('never adds a day or month the date does not have', () => {
    expect(formatPartialDate('2013', 'en')).toBe('2013');
    expect(formatPartialDate('2013', 'ar')).toBe('2013');
    expect(formatPartialDate('2013-08', 'en')).not.toMatch(/\b1\b/);
  });

  it('is not moved to another day by the time zone', () => {
    // The suite runs at UTC+14 (vitest.config.ts): a local-time bug would print 17 April.
    expect(process.env.TZ).toBe('Pacific/Kiritimati');
    expect(formatPartialDate('2013-04-16', 'en')).toBe('16 April 2013');
    expect(formatPartialDate('2024-12-31', 'ar')).toBe('31 كانون الأول 2024');
  });
});

describe('formatEventDate', () => {
  it('shares the month and year of a range of days', () => {
    expect(formatEventDate({ start: '2021-07-09', end: '2021-07-10', approximate: false }, 'ar')).toBe(
      '9–10 تموز 2021',
    );
    expect(formatEventDate({ start: '2021-07-09', end: '2021-07-10', approximate: false }, 'en')).toBe(
      '9 – 10 July 2021',
    );
  });

  it('writes a span of months or years in full', () => {
    expect(formatEventDate({ start: '2011-03', end: '2013-08', approximate: false }, 'ar')).toBe('آذار 2011 – آب 2013');
    expect(formatEventDate({ start: '2011-03', end: '2013-08', approximate: false }, 'en')).toBe(
      'March 2011 – August 2013',
    );
    expect(formatEventDate({ start: '2012', end: '2014', approximate: false }, 'ar')).toBe('2012–2014');
  });

  it('joins ranges of different precision', () => {
    expect(formatEventDate({ start: '2011-03', end: '2013-08-15', approximate: false }, 'en')).toBe(
      'March 2011 – 15 August 2013',
    );
  });

  it('says "about" for approximate dates', () => {
    expect(formatEventDate({ start: '2011-02', approximate: true }, 'en')).toBe('about February 2011');
    expect(formatEventDate({ start: '2011-02', approximate: true }, 'ar')).toBe('نحو شباط 2011');
  });

  it('treats an end equal to the start as a single date', () => {
    expect(formatEventDate({ start: '2013-04-16', end: '2013-04-16', approximate: false }, 'en')).toBe('16 April 2013');
  });
});

describe('numbers', () => {
  it('groups thousands with Latin digits in both languages', () => {
    expect(formatNumber(5210, 'ar')).toBe('5,210');
    expect(formatNumber(53275, 'en')).toBe('53,275');
  });

  it('qualifies claimed figures in each language', () => {
    expect(formatClaimValue({ value: 41, qualifier: 'at-least' }, 'en')).toBe('at least 41');
    expect(formatClaimValue({ value: 41, qualifier: 'at-least' }, 'ar')).toBe('41 على الأقل');
    expect(formatClaimValue({ value: 55000, qualifier: 'about' }, 'ar')).toBe('نحو 55,000');
    expect(formatClaimValue({ value: 350, qualifier: 'up-to' }, 'en')).toBe('up to 350');
    expect(formatClaimValue({ value: 288, qualifier: 'exact' }, 'en')).toBe('288');
  });

  it('rounds precision radii for reading', () => {
    expect(formatPrecisionKm(2000, 'en')).toBe('2');
    expect(formatPrecisionKm(500, 'ar')).toBe('0.5');
    expect(formatPrecisionKm(10_000, 'en')).toBe('10');
  });

  it('writes coordinates with no more decimals than their precision supports', () => {
    expect(formatCoordinates(33.4778, 36.3094, 1000)).toBe('33.478° N, 36.309° E');
    expect(formatCoordinates(34.7308, 36.7094, 5000)).toBe('34.73° N, 36.71° E');
    expect(formatCoordinates(40.7, -74.0, 100)).toBe('40.7000° N, 74.0000° W');
  });
});

describe('formatEventDateWithStanding', () => {
  it('gives a date its standing when sources do not confirm it, and a confirmed date plainly', () => {
    expect(formatEventDateWithStanding({ start: '2013-08', approximate: false, status: 'disputed' }, 'en')).toBe(
      'August 2013 (disputed)',
    );
    expect(formatEventDateWithStanding({ start: '2013-08', approximate: false, status: 'single-source' }, 'ar')).toBe(
      'آب 2013 (مصدر وحيد)',
    );
    expect(formatEventDateWithStanding({ start: '2020-06-17', approximate: false }, 'en')).toBe('17 June 2020');
  });
});
