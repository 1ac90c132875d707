import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/extract/all-matches.ts';
import { foldName } from '../../../src/extract/normalize.ts';
import { memo } from '../../../src/extract/entities/memo.ts';
import { isCapitalised } from '../../../src/extract/entities/context.ts';
import type { Token } from '../../../src/extract/doc.ts';

const token = (text: string): Token => ({ index: 0, text, start: 0, end: text.length, sentenceIndex: 0 });

describe('foldName: plain words take the short path with the general answer', () => {
  it.each([
    ['Islamic State', 'islamic state'],
    ['The Border Guards', 'border guards'],
    ['the', 'the'],
    ['The Al Harbour Front', 'harbour front'],
    ['Al The Front', 'the front'],
    ['Theatre Group', 'theatre group'],
    ['Alpine Unit 9', 'alpine unit 9'],
    ['X', 'x'],
  ])('%s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it('leaves anything else to the general path (spacing, punctuation, accents)', () => {
    expect(foldName('Islamic  State ')).toBe('islamic state');
    expect(foldName(' The Guards')).toBe('guards');
    expect(foldName("O'Hara Brigade")).toBe('ohara brigade');
    expect(foldName('Société Générale')).toBe('societe generale');
    expect(foldName('')).toBe('');
  });
});

describe('memo', () => {
  it('asks again for no word it has answered, undefined answers included', () => {
    const asked: string[] = [];
    const f = memo((s: string) => {
      asked.push(s);
      return s.startsWith('k') ? s.length : undefined;
    });
    expect([f('kilo'), f('lima'), f('kilo'), f('lima')]).toEqual([4, undefined, 4, undefined]);
    expect(asked).toEqual(['kilo', 'lima']);
  });
});

describe('isCapitalised without its table for lower-case a/e words', () => {
  it.each([
    ['and', false],
    ['as', false],
    ['after', false],
    ['each', false],
    ['al-Harbi', true],
    ['ash-Shamal', true],
    ['el-Hamra', true],
    ['al-qaeda', false],
    ['as-is', false],
    ['Army', true],
    ['Émile', true],
    ['état', false],
  ])('%s', (text, capital) => {
    expect(isCapitalised(token(text))).toBe(capital);
  });
});

describe('allMatches steps over empty matches by code point only for unicode regexes', () => {
  it('matches matchAll on an empty-matching pattern with and without the u flag', () => {
    const text = 'a\u{1f600}b';
    for (const re of [/(?:)/g, /(?:)/gu, /x*/gu])
      expect(allMatches(re, text).map((m) => m.index)).toEqual([...text.matchAll(re)].map((m) => m.index));
  });
});
