import { describe, expect, it } from 'vitest';
import {
  countArg,
  dateRangeArg,
  MAX_FILTER_LENGTH,
  nameArg,
  nearArg,
  textArg,
} from '../../../src/api/inputs.ts';

const badInput = expect.objectContaining({ code: 'BAD_USER_INPUT' });

describe('textArg', () => {
  it('treats blank text as no filter', () => {
    expect(textArg('x', '   ')).toBeNull();
    expect(textArg('x', undefined)).toBeNull();
  });

  it('refuses a NUL byte and other control characters', () => {
    expect(() => textArg('speaker', 'ab\u0000cd')).toThrow(badInput);
    expect(() => textArg('speaker', 'ab\u001bcd')).toThrow(badInput);
  });

  it('refuses text longer than the limit and names the argument', () => {
    expect(() => textArg('speaker', 'x'.repeat(MAX_FILTER_LENGTH + 1))).toThrow(/`speaker`/);
  });

  it('keeps unicode text as it is', () => {
    expect(textArg('x', ' Ḥimṣ  مدينة ')).toBe('Ḥimṣ  مدينة');
  });
});

describe('nameArg', () => {
  it('folds case, accents and a leading article the way nameKeys are folded', () => {
    expect(nameArg('speaker', 'THE Ministry  of Défense')).toBe('ministry of defense');
    expect(nameArg('speaker', 'al-Qasr')).toBe('qasr');
  });

  it('refuses a name with no letters or digits', () => {
    expect(() => nameArg('speaker', '!!! ---')).toThrow(badInput);
  });
});

describe('countArg, nearArg, dateRangeArg', () => {
  it('refuses negative figures', () => {
    expect(() => countArg('minKilled', -1)).toThrow(badInput);
    expect(countArg('minKilled', 0)).toBe(0);
  });

  it('checks coordinates and radius, and converts km to metres', () => {
    expect(nearArg({ latitude: 10, longitude: 20, km: 5 })).toEqual({
      latitude: 10,
      longitude: 20,
      meters: 5000,
    });
    expect(() => nearArg({ latitude: 91, longitude: 0, km: 1 })).toThrow(badInput);
    expect(() => nearArg({ latitude: 0, longitude: -181, km: 1 })).toThrow(badInput);
    expect(() => nearArg({ latitude: 0, longitude: 0, km: 0 })).toThrow(badInput);
    expect(() => nearArg({ latitude: 0, longitude: 0, km: Number.NaN })).toThrow(badInput);
  });

  it('refuses a date range that runs backwards', () => {
    expect(() => dateRangeArg('2020-02-02', '2020-01-01')).toThrow(badInput);
    expect(() => dateRangeArg('2020-01-01', '2020-01-01')).not.toThrow();
  });
});
