import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../../src/extract/doc.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';

function split(body: string): Doc {
  const doc = createDoc({ id: 't', title: 'T', body, published: null, url: null, publisher: null });
  splitSentences(doc);
  return doc;
}
const texts = (body: string): string[] => split(body).sentences.map((s) => s.text);

describe('sentences', () => {
  it('splits at a full stop before a capital and keeps offsets into the body', () => {
    const body = 'Rebels took the town. The army withdrew.';
    const doc = split(body);
    expect(doc.sentences.map((s) => s.text)).toEqual(['Rebels took the town.', 'The army withdrew.']);
    for (const s of doc.sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after titles, ranks, months or initials', () => {
    expect(
      texts('Lt. Gen. Omar Farouk met Dr. Lina Haddad on Jan. 5 in St. Louis. John F. Kennedy was cited.'),
    ).toEqual([
      'Lt. Gen. Omar Farouk met Dr. Lina Haddad on Jan. 5 in St. Louis.',
      'John F. Kennedy was cited.',
    ]);
  });

  it('keeps "U.S." and "U.N." inside a sentence but splits after one that ends it', () => {
    expect(
      texts('U.S. officials briefed the U.N. Security Council. Aid arrived from the U.S. He welcomed it.'),
    ).toEqual([
      'U.S. officials briefed the U.N. Security Council.',
      'Aid arrived from the U.S.',
      'He welcomed it.',
    ]);
  });

  it('splits inside a quotation that spans sentences, but not before a lower-case attribution', () => {
    expect(texts('"We are ready. The talks begin now," she said. "Is it over?" he asked.')).toEqual([
      '"We are ready.',
      'The talks begin now," she said.',
      '"Is it over?" he asked.',
    ]);
  });

  it('makes a headline or caption line without final punctuation its own sentence', () => {
    const doc = split(
      'Truce Holds in Northern Province\nFighters laid down arms on Monday. Markets reopened.\n\nPhoto by a local agency',
    );
    expect(doc.sentences.map((s) => s.text)).toEqual([
      'Truce Holds in Northern Province',
      'Fighters laid down arms on Monday.',
      'Markets reopened.',
      'Photo by a local agency',
    ]);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 0, 0, 1]);
  });

  it('tokenises names, possessives, initialisms, numbers and ordinals', () => {
    const doc = split("Ban Ki-moon's envoy saw 1,200 U.S. troops and the 17th Brigade in Sana'a.");
    expect(doc.tokens.map((t) => t.text)).toEqual([
      'Ban',
      'Ki-moon',
      "'s",
      'envoy',
      'saw',
      '1,200',
      'U.S.',
      'troops',
      'and',
      'the',
      '17th',
      'Brigade',
      'in',
      "Sana'a",
      '.',
    ]);
    for (const t of doc.tokens) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
  });
});
