import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from '../statements-doc.ts';

describe('statements (session 5): speaker phrases that ended early or went to the wrong clause', () => {
  it('keeps a head noun that only looks like a participle ("media wing", not "media" + "wing")', () => {
    expect(pairs(statementsOf('The navy’s media wing alleged that rebels fired on a patrol boat.'))).toEqual([
      'The navy’s media wing | rebels fired on a patrol boat',
    ]);
  });

  it('still drops a real participle tail after the head ("the coalition backing X")', () => {
    expect(pairs(statementsOf('The coalition backing the governor said the road was closed.'))).toEqual([
      'The coalition | the road was closed',
    ]);
  });

  it('reads "<Capitalised> services personnel" as an anonymous body, not a surname', () => {
    expect(pairs(statementsOf('Rescue services personnel said that three people were trapped under the rubble.'))).toEqual([
      'Rescue services personnel | three people were trapped under the rubble',
    ]);
  });

  it('gives a pronoun in a later clause the sentence\'s own subject ("X did Y because he said ...")', () => {
    const s = statementsOf('Colonel Ivo Marsh met the delegates in Tallinn. The farmers blocked the main road on Monday, ' +
      'because they said the new tax would ruin them.');
    expect(pairs(s)).toEqual(['The farmers | the new tax would ruin them']);
  });

  it('does not take the sentence\'s subject for a pronoun that opens the sentence', () => {
    const s = statementsOf('Colonel Ivo Marsh visited the base in Tallinn. He said the troops would stay.');
    expect(s.map((x) => x.speaker)).toEqual(['Ivo Marsh']);
  });
});
