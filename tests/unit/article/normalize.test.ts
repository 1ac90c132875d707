import { describe, expect, it } from 'vitest';
import { normalizeLine, normalizeText } from '../../../src/article/normalize.ts';

describe('normalizeText', () => {
  it('composes characters to NFC', () => {
    expect(normalizeText('Cafe\u0301 owner')).toBe('Caf\u00e9 owner');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('one\r\ntwo\rthree')).toBe('one\ntwo\nthree');
  });

  it('turns non-breaking and other fixed spaces into plain spaces', () => {
    expect(normalizeText('at\u00a0least\u202f12')).toBe('at least 12');
  });

  it('removes zero-width characters and the byte-order mark', () => {
    expect(normalizeText('\ufeffthe\u200b mayor\u200d said')).toBe('the mayor said');
  });

  it('drops trailing spaces and outer blank lines but keeps paragraph breaks', () => {
    expect(normalizeText('\n\n  First line.   \n\nSecond line.\t\n\n\n')).toBe(
      '  First line.\n\nSecond line.',
    );
  });
});

describe('normalizeLine', () => {
  it('collapses inner white space of a one-line field', () => {
    expect(normalizeLine('  Talks\u00a0 resume \n in the capital ')).toBe('Talks resume in the capital');
  });
});
