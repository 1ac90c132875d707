import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from './statements-doc.ts';

describe('statements: where a reported clause starts and ends', () => {
  it('takes a closing attribution followed by a long prepositional phrase', () => {
    const s = statementsOf('Nine guards were killed in a raid on a border post on Monday, the ministry announced in its latest update on the unrest.');
    expect(pairs(s)).toEqual(['the ministry | Nine guards were killed in a raid on a border post on Monday']);
  });

  it('makes a clause ending in a short quoted word one indirect statement, and a label after "called" a direct one', () => {
    const s = statementsOf('Four drivers were also "detained," the committee said in a short statement when it called a "shameful ambush" on the convoy.');
    expect(s.map((x) => `${x.kind} | ${x.speaker} | ${x.quote}`)).toEqual([
      'indirect | the committee | Four drivers were also "detained,"',
      'direct | the committee | shameful ambush',
    ]);
  });

  it('reads a that-verb with a past verb and its object as a report, but not a noun object with a participle', () => {
    expect(pairs(statementsOf('The governor reports a rocket attack killed nine people.'))).toEqual(['The governor | a rocket attack killed nine people']);
    expect(statementsOf('The ministry confirmed the deaths of two guards killed in the raid.')).toEqual([]);
  });

  it('does not read a noun in -ed ("the need to") as a past verb that makes a clause', () => {
    expect(statementsOf('The two commanders reiterated the need to use the existing channels.')).toEqual([]);
  });

  it('cuts a report of the speaker\'s own doings where the reporter\'s narration of others starts', () => {
    const s = statementsOf('The army said Friday it shot down four drones overnight, and foreign ministers met in Brookfield to discuss aid.');
    expect(pairs(s)).toEqual(['The army | it shot down four drones overnight']);
  });

  it('drops a time phrase that opens a clause reported by a closing attribution', () => {
    const s = statementsOf('On Thursday, rockets hit the power plant in the north, officials in Brookfield said.');
    expect(pairs(s)).toEqual(['officials in Brookfield | rockets hit the power plant in the north']);
  });

  it('ends a report at "although" when another speaker\'s report follows', () => {
    const s = statementsOf('Police said two people died, although army officers say they know of no deaths.');
    expect(pairs(s)).toEqual(['Police | two people died', 'army officers | they know of no deaths']);
  });

  it('reads "reports indicate" as a noun and its verb', () => {
    const s = statementsOf('Conflicting reports indicate up to nine people were hurt.');
    expect(pairs(s)).toEqual(['Conflicting reports | up to nine people were hurt']);
  });

  it('finds the subject of ", saying" behind an opening adverb set off by a comma', () => {
    const s = statementsOf('However, army officials have not confirmed the toll, saying they are still counting.');
    expect(pairs(s)).toEqual(['army officials | they are still counting']);
  });
});

describe('statements: anonymous speaker phrases', () => {
  it('keeps the place of a bare head ("officials in <City>") but drops it after a modified head', () => {
    expect(statementsOf('Officials in Brookfield said the bridge was closed.').map((x) => x.speaker)).toEqual(['Officials in Brookfield']);
    expect(statementsOf('Army officials in Brookfield said the bridge was closed.').map((x) => x.speaker)).toEqual(['Army officials']);
  });

  it('drops a participle tail ("stationed in <Town>") from an anonymous speaker', () => {
    const s = statementsOf('An army official stationed in Brookfield confirmed that the depot was hit.');
    expect(pairs(s)).toEqual(['an army official | the depot was hit']);
  });
});
