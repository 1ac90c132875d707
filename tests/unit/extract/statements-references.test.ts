import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/extract/doc.ts';
import { findStatements } from '../../../src/extract/statements/index.ts';
import { buildDoc, pairs, statementsOf } from './statements-doc.ts';

/** A mention of `text` (its first occurrence at or after `from`) linked to `key`. */
function mention(body: string, text: string, type: Mention['type'], key: string, sentenceIndex: number, from = 0): Mention {
  const start = body.indexOf(text, from);
  return { start, end: start + text.length, text, sentenceIndex, type, entityKey: key };
}

describe('statements: descriptions that stand for named actors', () => {
  it('gives "the two nations said" to the pair a recent sentence named "X and Y"', () => {
    const body = 'Norland and Eastland agreed to a truce. The two nations said on Tuesday that prisoners would be swapped.';
    const doc = buildDoc(body);
    doc.places = [
      { key: 'country:NL', name: 'Norland', aliases: [], kind: 'country', country: 'Norland', countryCode: 'NL', lat: null, lon: null, geonameId: null, parentKey: null, mentions: [] },
      { key: 'country:EL', name: 'Eastland', aliases: [], kind: 'country', country: 'Eastland', countryCode: 'EL', lat: null, lon: null, geonameId: null, parentKey: null, mentions: [] },
    ] as never;
    doc.mentions = [mention(body, 'Norland', 'place', 'country:NL', 0), mention(body, 'Eastland', 'place', 'country:EL', 0)];
    findStatements(doc);
    expect(pairs(doc.statements)).toEqual(['Norland | prisoners would be swapped', 'Eastland | prisoners would be swapped']);
  });

  it('gives "rebels from the X movement say" to the organization', () => {
    const body = 'Rebels from the Dawn movement say they want a prisoner swap.';
    const doc = buildDoc(body);
    doc.organizations = [{ key: 'org:dawn', name: 'Dawn Movement', aliases: [], kind: 'armed group', mentions: [] }] as never;
    doc.mentions = [mention(body, 'Dawn movement', 'organization', 'org:dawn', 0)];
    findStatements(doc);
    expect(pairs(doc.statements)).toEqual(['Dawn Movement | they want a prisoner swap']);
  });

  it('gives "the aid group says" to the name the article set in apposition to that description', () => {
    const s = statementsOf('The Norland aid group, Lifeline, has withdrawn its staff. The Norland aid group also says it fears for two missing nurses.');
    expect(pairs(s)).toEqual(['Lifeline | it fears for two missing nurses']);
  });

  it('writes "the military" as the one fuller description the article uses, and keeps it when there are two', () => {
    const one = statementsOf('The Norlandian military reported heavy rocket fire. The military says the defence system stopped most rockets.');
    expect(one.map((x) => x.speaker)).toEqual(['Norlandian military']);
    const two = statementsOf('The Norlandian military and the Eastlandian military met. The military says the truce holds.');
    expect(two.map((x) => x.speaker)).toEqual(['The military']);
  });
});

describe('statements: more attributions', () => {
  it('gives quoted words "according to the statement issued by X" to X, and "It went on to say" to the same issuer', () => {
    const s = statementsOf('"The convoys may now cross the bridge," according to a copy of the statement issued by the Norland army. ' +
      'It went on to say that the next crossing would be on Friday.');
    expect(s.map((x) => `${x.kind} | ${x.speaker} | ${x.quote}`)).toEqual([
      'direct | the Norland army | The convoys may now cross the bridge,',
      'indirect | the Norland army | the next crossing would be on Friday',
    ]);
  });

  it('keeps a report inside a relative clause within the clause a closing attribution reports', () => {
    const s = statementsOf('The militia fired a shell that residents said wounded more than 40 people, police acknowledged Thursday.');
    expect(pairs(s)).toEqual([
      'police | The militia fired a shell that residents said wounded more than 40 people',
      'residents | wounded more than 40 people',
    ]);
  });

  it('reads typewriter quotes closed by two single marks', () => {
    const s = statementsOf("\"Our goal has always been zero casualties,'' a coalition spokesman said.");
    expect(pairs(s)).toEqual(['a coalition spokesman | Our goal has always been zero casualties,']);
  });

  it('reads an all-capital name that spells a verb ("IS") as a name in the subject', () => {
    const s = statementsOf('The alliance fighting IS said in a brief statement that its pilots would avoid the old town.');
    expect(pairs(s)).toEqual(['The alliance | its pilots would avoid the old town']);
  });

  it('does not read a name ending in -ed as a participle phrase', () => {
    const s = statementsOf('An official of the Guard, Muhammed Tahir, confirmed that two guards died.');
    expect(pairs(s)).toEqual(['Muhammed Tahir | two guards died']);
  });
});
