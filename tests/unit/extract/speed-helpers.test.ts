import { describe, expect, it } from 'vitest';
import { allMatches } from '../../../src/extract/all-matches.ts';
import { firstLetters } from '../../../src/extract/events/first-letters.ts';
import { TRIGGER_WORDS } from '../../../src/extract/events/event-words.ts';
import { findTriggers } from '../../../src/extract/events/triggers.ts';
import { foldName, stripAccents } from '../../../src/extract/normalize.ts';

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, ...m]);

describe('allMatches gives what matchAll gives', () => {
  it.each([
    [/\b(\w)(\w*)\b/g, 'Two men were seen near the old bridge.'],
    [/x*/g, 'axxbx'],
    [/(?:)/gu, 'a\u{1f600}b'],
    [/\p{Lu}\p{L}+/gu, 'Zürich and Genève, then Ōsaka'],
  ])('%s', (re, text) => {
    expect(plain(allMatches(re, text))).toEqual(plain(text.matchAll(re)));
  });

  it('starts at lastIndex and leaves it as it was', () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    expect(plain(allMatches(re, '12 34 56'))).toEqual(plain('12 34 56'.matchAll(re)));
    expect(re.lastIndex).toBe(3);
  });

  it('refuses a regex without the global flag, as matchAll does', () => {
    expect(() => allMatches(/a/, 'a')).toThrow(TypeError);
  });
});

describe('firstLetters', () => {
  it('reads plain words, alternations and leading lookbehinds', () => {
    expect(firstLetters('road blocks?')).toEqual(new Set(['r']));
    expect(firstLetters('(?:Tank|lorry|van)s? crashed')).toEqual(new Set(['t', 'l', 'v']));
    expect(firstLetters('(?<!(?:no|\\d)\\s+)(?:guards?|pilots) (?:fled|left)')).toEqual(new Set(['g', 'p']));
  });

  it('gives up (null) when the first letter may be skipped or is not a plain letter', () => {
    expect(firstLetters('a?bc')).toBeNull();
    expect(firstLetters('(?:big )?storm')).toBeNull();
    expect(firstLetters('[a-z]+ing')).toBeNull();
    expect(firstLetters('\\w+ed')).toBeNull();
  });

  it('every trigger match in made-up sentences starts with one of its letters', () => {
    const text = 'A suicide bomber struck a market; rebels killed two guards. Heavy fighting and air strikes followed, and gunmen raided a village after clashes.';
    for (const t of TRIGGER_WORDS) {
      const letters = firstLetters(t.pattern);
      for (const m of text.matchAll(new RegExp(`(?:${t.pattern})(?![\\w-])`, 'gi'))) {
        if (letters) expect(letters.has(text.charAt(m.index).toLowerCase())).toBe(true);
      }
    }
    expect(findTriggers(text).map((t) => t.text)).toContain('suicide bomber');
  });
});

describe('folding fast path for plain ASCII', () => {
  it('folds ASCII and accented names alike', () => {
    expect(stripAccents('Lyon')).toBe('Lyon');
    expect(stripAccents('Jalālābād')).toBe('Jalalabad');
    expect(foldName("The Al-Nusra Front's")).toBe('nusra fronts');
    expect(foldName('Ōsaka-ken (East)')).toBe('osaka ken east');
    expect(foldName('  the  X-Y   Z ')).toBe('x y z');
  });
});
