import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from '../statements-doc.ts';

describe('statements (session 4): verbs that name or characterise their object', () => {
  it('reports "X called the raid an attack on ..." as X\'s indirect statement of the object and its name', () => {
    expect(pairs(statementsOf('Prime Minister Tomas Vell called the raid an attack against the country and its people.'))).toEqual([
      'Tomas Vell | the raid an attack against the country and its people',
    ]);
    expect(pairs(statementsOf('Analysts are calling the advances the largest gains since the war began.'))).toEqual([
      'Analysts | the advances the largest gains since the war began',
    ]);
  });

  it('reads "describing X as Y" the same way', () => {
    expect(pairs(statementsOf('The mayor described the blast as a message to the council.'))).toEqual([
      'The mayor | the blast as a message to the council',
    ]);
  });

  it('makes no statement of "called the ceasefire after ...", "called on" or "a group called X"', () => {
    expect(statementsOf('Vell called the cease-fire after troops suffered heavy losses.')).toEqual([]);
    expect(statementsOf('A smaller group called the People\'s Front claimed the attack.')).toEqual([]);
  });

  it('gives a quoted label after "condemning X as" or a dashed insert to the one who labels', () => {
    expect(pairs(statementsOf('The council released a statement condemning the incident in the north as "unjustifiable."'))).toEqual([
      'The council | unjustifiable.',
    ]);
    const body = 'Monitors confirmed the fighting, with the head of the mission, Ivo Darc, calling the new violence -- mainly near the port -- "unacceptable."';
    expect(pairs(statementsOf(body))).toEqual(['Ivo Darc | unacceptable.']);
  });
});

describe('statements (session 4): the end of a reported clause', () => {
  it('ends before ", but <subject> later <past verb>" (what happened later is the reporter\'s)', () => {
    expect(pairs(statementsOf('Early reports said 33 died, but officials later lowered the number to 27.'))).toEqual([
      'Early reports | 33 died',
    ]);
    expect(pairs(statementsOf('Aron Vell said many people ran, but there were scores of others on the ground.'))).toEqual([
      'Aron Vell | many people ran, but there were scores of others on the ground',
    ]);
  });
});

describe('statements (session 4): a noun phrase closing a sentence after the attribution', () => {
  it('is the reporter\'s comment: the report is the clause before the attribution', () => {
    const body = 'Troops shot dead a man who tried to stab them, the army said, the latest attack in a period of heightened tension.';
    expect(pairs(statementsOf(body))).toEqual(['the army | Troops shot dead a man who tried to stab them']);
  });

  it('still reads a clause after "said," as the report', () => {
    expect(pairs(statementsOf('The minister said, the attack killed 12 people.'))).toEqual(['The minister | the attack killed 12 people']);
  });
});
