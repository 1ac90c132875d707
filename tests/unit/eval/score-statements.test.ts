import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../../src/eval/names.ts';
import { jaccard, quoteWords, scoreStatements } from '../../../src/eval/score-statements.ts';

const st = (speaker: string | null, quote: string) => ({ speaker, quote, kind: 'direct' });
const none = new NameIndex([]);

describe('quote overlap', () => {
  it('compares lower-cased words, ignoring quote marks and trailing punctuation', () => {
    expect(jaccard(quoteWords('“The talks will resume,”'), quoteWords('the talks will RESUME'))).toBe(1);
  });

  it('is the shared words over all words', () => {
    // {a b c d} vs {a b c e}: 3 shared of 5.
    expect(jaccard(quoteWords('a b c d'), quoteWords('a b c e'))).toBeCloseTo(0.6);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe('scoreStatements', () => {
  it('matches at exactly half the words and not below', () => {
    // 2 shared of 4 words is exactly 0.5; 3 shared of 7 is below.
    const gold = [st('Tomas Lind', 'one two three four')];
    expect(scoreStatements(gold, [st('Tomas Lind', 'one two')], none, none).matched).toBe(1);
    expect(
      scoreStatements(gold, [st('Tomas Lind', 'one two three five six seven')], none, none).matched,
    ).toBe(0);
  });

  it('needs the speaker to match, through aliases of either article', () => {
    const gold = [st('Maria Ortega', 'we will not leave the city')];
    const goldNames = new NameIndex([{ name: 'Maria Ortega', aliases: ['Ortega'] }]);
    const predNames = new NameIndex([{ name: 'Ortega', aliases: [] }]);
    expect(
      scoreStatements(gold, [st('Ortega', 'We will not leave the city.')], goldNames, predNames).matched,
    ).toBe(1);
    expect(
      scoreStatements(gold, [st('Tomas Lind', 'We will not leave the city.')], goldNames, predNames).matched,
    ).toBe(0);
  });

  it('keeps an anonymous speaker as its phrase, matched after folding', () => {
    const gold = [st('a witness', 'the blast shook the whole street')];
    expect(
      scoreStatements(gold, [st('A witness', 'the blast shook the whole street')], none, none).matched,
    ).toBe(1);
  });

  it('measures speaker accuracy over the gold quotes found, whoever the predicted speaker is', () => {
    const gold = [
      st('Maria Ortega', 'the convoy reached the northern villages on time'),
      st('Tomas Lind', 'aid deliveries must continue without delay'),
      st('Ana Petrova', 'nobody has claimed the attack so far'),
    ];
    const pred = [
      st('Maria Ortega', 'the convoy reached the northern villages on time'),
      st('Ana Petrova', 'aid deliveries must continue without delay'),
      st('Ana Petrova', 'an unrelated remark about the weather'),
    ];
    const s = scoreStatements(gold, pred, none, none);
    expect(s.matched).toBe(1);
    expect(s.speakerAccuracy).toEqual({ right: 1, of: 2, value: 0.5 });
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBeCloseTo(1 / 3);
  });

  it('pairs each prediction with one gold statement at most', () => {
    const gold = [
      st('Tomas Lind', 'the road is open again'),
      st('Tomas Lind', 'the road is open again today'),
    ];
    const s = scoreStatements(gold, [st('Tomas Lind', 'the road is open again')], none, none);
    expect(s.matched).toBe(1);
    expect(s.missed).toEqual(['Tomas Lind: the road is open again today']);
  });

  it('gives no speaker accuracy when no gold quote was found', () => {
    const s = scoreStatements([st('Tomas Lind', 'one two three')], [], none, none);
    expect(s.speakerAccuracy.value).toBeNull();
  });
});
