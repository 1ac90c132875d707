import { describe, expect, it } from 'vitest';
import { DateScalar, isIsoDate } from '../../../src/api/scalars.ts';

describe('Date scalar', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2015-02-29')).toBe(false);
    expect(isIsoDate('2016-13-01')).toBe(false);
    expect(isIsoDate('2016-2-1')).toBe(false);
    expect(isIsoDate("2016-02-01' OR 1=1")).toBe(false);
  });

  it('refuses a bad variable value with BAD_USER_INPUT', () => {
    expect(() => DateScalar.parseValue('yesterday')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
    );
    expect(DateScalar.parseValue('2016-02-21')).toBe('2016-02-21');
  });
});
