import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from '../statements-doc.ts';

describe('statements (round 7): the object of "accused X of", "blamed X for", "urged X to"', () => {
  it('reads an object with an appositive name set off by commas', () => {
    const s = statementsOf('Pell Varno, a rebel spokesperson, accused the prime minister, Tom Abbot, of stalling the water talks.');
    expect(pairs(s)).toEqual(['Pell Varno | the prime minister, Tom Abbot, of stalling the water talks']);
  });

  it('reads an object with a bracketed short form and a hyphenated modifier', () => {
    expect(pairs(statementsOf('The Norland government accused the Coastal Air Force (CAF) of bombing a depot.')))
      .toEqual(['The Norland government | the Coastal Air Force (CAF) of bombing a depot']);
    expect(pairs(statementsOf('A rebel spokesman accused the U.N.-led forces of shelling the market.')))
      .toEqual(['a rebel spokesman | the U.N.-led forces of shelling the market']);
  });

  it('reads "blamed X for doing ..." but not "blamed X for <an event>" nor "blamed <an event> on X"', () => {
    expect(pairs(statementsOf('The mayor blames the smugglers for arming the gangs in the port.')))
      .toEqual(['The mayor | the smugglers for arming the gangs in the port']);
    expect(statementsOf('The mayor blamed the smugglers for the blast.')).toEqual([]);
    expect(statementsOf('Police have blamed earlier arson attacks on supporters of a rival cartel.')).toEqual([]);
  });

  it('reads "called on X to" across a dashed insert and a comma insert inside the object', () => {
    expect(pairs(statementsOf('Tom Abbot called on all parties -- especially the militias -- to reopen the roads.')))
      .toEqual(['Tom Abbot | all parties -- especially the militias -- to reopen the roads']);
    expect(pairs(statementsOf('The rights group called on the coalition, fighting in the hills, to stop using mines.')))
      .toEqual(['The rights group | the coalition, fighting in the hills, to stop using mines']);
  });
});
