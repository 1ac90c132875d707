import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from '../statements-doc.ts';

describe('statements (round 8): a quotation, the reporter\'s words, then a closing attribution', () => {
  it('gives the quoted words to "said X" at the end, the appositive after "one of the <plural>"', () => {
    expect(pairs(statementsOf('"We counted twelve bodies" in the market square, said one of the sources, a police officer.')))
      .toEqual(['a police officer | We counted twelve bodies']);
  });

  it('gives the quoted words to "X said" at the end, with adjuncts after the verb', () => {
    expect(pairs(statementsOf('"Gunmen attacked the hamlet overnight," 40 kilometres from the capital, the police source said on Sunday.')))
      .toEqual(['the police source | Gunmen attacked the hamlet overnight,']);
  });

  it('reads no attribution when the words after the quotation hold a clause of their own', () => {
    // the crowd's verb has a clause of its own: the painted word is not theirs
    expect(pairs(statementsOf('"Enough" was painted across the gate of the old mill on the hill, and later the crowd said the march would go on.'))
      .filter((p) => p.endsWith('| Enough'))).toEqual([]);
  });

  it('attributes a quotation to a closing verb of the voice and to "was quoted as saying"', () => {
    expect(pairs(statementsOf('"Open the gates!" the captain shouted.'))).toEqual(['the captain | Open the gates!']);
    expect(pairs(statementsOf('"We will rebuild the school," the mayor was quoted as saying.')))
      .toEqual(['the mayor | We will rebuild the school,']);
  });
});
