import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from '../statements-doc.ts';

describe('statements (session 4): verbs that name or characterise their object', () => {
  it('reports "X called the raid an attack on ..." as X\'s indirect statement of the object and its name', () => {
    expect(pairs(statementsOf('Prime Minister Tomas Vell called the strike a crime against the town and its families.'))).toEqual([
      'Tomas Vell | the strike a crime against the town and its families',
    ]);
    expect(pairs(statementsOf('Observers are calling the vote the fairest election in a decade.'))).toEqual([
      'Observers | the vote the fairest election in a decade',
    ]);
  });

  it('reads "describing X as Y" the same way', () => {
    expect(pairs(statementsOf('The mayor described the fire as a warning to the council.'))).toEqual([
      'The mayor | the fire as a warning to the council',
    ]);
  });

  it('makes no statement of "called the ceasefire after ...", "called on" or "a group called X"', () => {
    expect(statementsOf('Vell called the cease-fire after troops suffered heavy losses.')).toEqual([]);
    expect(statementsOf('A smaller group called the People\'s Front claimed the attack.')).toEqual([]);
  });

  it('gives a quoted label after "condemning X as" or a dashed insert to the one who labels', () => {
    expect(pairs(statementsOf('The council issued a statement condemning the raid on the port as "shameful."'))).toEqual([
      'The council | shameful.',
    ]);
    const body = 'Observers confirmed the clashes, with the head of the team, Ivo Darc, calling the shelling -- mostly near the bridge -- "reckless."';
    expect(pairs(statementsOf(body))).toEqual(['Ivo Darc | reckless.']);
  });
});

describe('statements (session 4): the end of a reported clause', () => {
  it('ends before ", but <subject> later <past verb>" (what happened later is the reporter\'s)', () => {
    expect(pairs(statementsOf('Early reports said 40 died, but officials later raised the number to 52.'))).toEqual([
      'Early reports | 40 died',
    ]);
    expect(pairs(statementsOf('Aron Vell said the market closed early, but there were crowds outside the gate.'))).toEqual([
      'Aron Vell | the market closed early, but there were crowds outside the gate',
    ]);
  });
});

describe('statements (session 4): a noun phrase closing a sentence after the attribution', () => {
  it('is the reporter\'s comment: the report is the clause before the attribution', () => {
    const body = 'Guards stopped a car at the gate, the army said, the third such incident in a month of heightened tension.';
    expect(pairs(statementsOf(body))).toEqual(['the army | Guards stopped a car at the gate']);
  });

  it('still reads a clause after "said," as the report', () => {
    expect(pairs(statementsOf('The minister said, the attack killed 12 people.'))).toEqual(['The minister | the attack killed 12 people']);
  });
});
