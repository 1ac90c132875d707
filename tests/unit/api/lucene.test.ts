import { describe, expect, it } from 'vitest';
import {
  allWordsQuery,
  escapeLucene,
  keyTermQuery,
  namePrefixQuery,
} from '../../../src/graph/repositories/lucene.ts';

describe('Lucene query building', () => {
  it('escapes every operator character', () => {
    const specials = '+-&|!(){}[]^"~*?:\\/';
    const escaped = escapeLucene(specials);
    // Each special character is preceded by exactly one backslash.
    expect(escaped).toBe([...specials].map((c) => `\\${c}`).join(''));
  });

  it('requires all words and keeps field syntax literal', () => {
    expect(allWordsQuery('title:cease fire')).toBe('title\\:cease AND fire');
  });

  it('turns boolean keywords into plain words', () => {
    expect(allWordsQuery('peace AND war OR NOT truce')).toBe(
      'peace AND and AND war AND or AND not AND truce',
    );
  });

  it('drops chunks with no letter or digit, and gives null when nothing is left', () => {
    expect(allWordsQuery('*** ~ "')).toBeNull();
    expect(allWordsQuery('"quoted" *')).toBe('\\"quoted\\"');
  });

  it('searches the last word of a name also as a prefix', () => {
    expect(namePrefixQuery('john ker')).toBe('john AND (ker OR ker*)');
    expect(namePrefixQuery('x')).toBe('x');
  });

  it('quotes a name key as one exact term, escaping quotes and backslashes', () => {
    expect(keyTermQuery('john kerry')).toBe('"john kerry"');
    expect(keyTermQuery('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(keyTermQuery(null)).toBeNull();
  });
});
