import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/extract/doc.ts';
import { cachedRegExp } from '../../../src/extract/regex-cache.ts';
import { findQuotes } from '../../../src/extract/statements/quotes.ts';
import { textUnits } from '../../../src/extract/statements/units.ts';

const spans = (text: string): Array<[number, number, string]> => findQuotes(text).map((q) => [q.start, q.end, q.inner]);

describe('findQuotes jumps from mark to mark with the same spans', () => {
  it('pairs straight marks and drops an opener never closed before the paragraph ends', () => {
    const text = 'He said "go now" and left.\nShe said "wait\nThen "stop" came.';
    const stop = text.indexOf('"stop"');
    expect(spans(text)).toEqual([[8, 16, 'go now'], [stop, stop + 6, 'stop']]);
  });

  it('carries a quotation over a paragraph that opens with the mark again', () => {
    const text = '\u201cThe first part.\n\n\u201cThe second part.\u201d Done.';
    expect(spans(text)).toEqual([[0, text.indexOf('\u201d') + 1, 'The first part. The second part.']]);
  });

  it('reads single marks only at word edges, not apostrophes inside or after words', () => {
    const text = "The forces' base in Sana'a, he said 'hold on,' was quiet; don't.";
    const at = text.indexOf("'hold");
    expect(spans(text)).toEqual([[at, at + 10, 'hold on,']]);
  });

  it('counts curly marks to find a mixed style and reads each mark by where it stands', () => {
    const text = 'A \u201cfirst" then \u201csecond\u201d end.';
    expect(spans(text).map((s) => s[2])).toEqual(['first', 'second']);
  });
});

describe('textUnits lookups by offset', () => {
  const body = 'The mayor said "all roads are closed" on Monday. Officials agreed. "We wait," a guard said.';
  const units = textUnits(createDoc({ id: 'made-up', title: 'Made up', body, published: null, url: null, publisher: null }));

  it('finds the quotation and the sentence holding every offset, as a scan over them would', () => {
    for (let at = -1; at <= body.length; at++) {
      expect(units.quoteAt(at)).toBe(units.quotes.find((q) => at >= q.start && at < q.end));
      expect(units.at(at)).toBe(units.sentences.find((v) => at >= v.sentence.start && at < v.sentence.end));
    }
    expect(units.quotes).toHaveLength(2);
    expect(units.at(body.indexOf('Officials'))?.sentence.text).toBe('Officials agreed.');
  });
});

describe('cachedRegExp', () => {
  it('hands out one compiled regex per source and flags, its lastIndex back at 0', () => {
    const a = cachedRegExp('\\bword\\b', 'g');
    a.exec('a word and a word');
    expect(a.lastIndex).toBeGreaterThan(0);
    const b = cachedRegExp('\\bword\\b', 'g');
    expect(b).toBe(a);
    expect(b.lastIndex).toBe(0);
    expect(cachedRegExp('\\bword\\b', 'gi')).not.toBe(a);
    expect(cachedRegExp('\\bword\\b', 'gi').test('WORD')).toBe(true);
  });
});
