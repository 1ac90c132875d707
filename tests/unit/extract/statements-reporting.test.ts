import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from './statements-doc.ts';

describe('statements: reporting verbs and their subjects', () => {
  it('keeps quoted fragments inside a longer reported clause as one indirect statement', () => {
    const s = statementsOf('The council said its patrols "regularly visit" the villages and that its guards "follow every rule of engagement."');
    expect(s.map((x) => `${x.kind} | ${x.quote}`)).toEqual([
      'indirect | its patrols "regularly visit" the villages and that its guards "follow every rule of engagement."',
    ]);
  });

  it('makes a quotation that is nearly the whole complement direct', () => {
    const s = statementsOf('The mayor said it was "a dark day for the whole town."');
    expect(s.map((x) => `${x.kind} | ${x.quote}`)).toEqual(['direct | a dark day for the whole town.']);
  });

  it('reads no report in a participle phrase closing the sentence after ", said"', () => {
    const s = statementsOf('Gunmen stormed the depot at dawn, the army said, using a label it reserves for insurgents.');
    expect(pairs(s)).toEqual(['the army | Gunmen stormed the depot at dawn']);
  });

  it('skips a named audience after "to" and a channel before the "that" clause', () => {
    const s = statementsOf('A guard, Tom Bell, confirmed to Radio Norland by phone that "the gate was hit twice."');
    expect(pairs(s)).toEqual(['Tom Bell | the gate was hit twice.']);
  });

  it('reads a that-verb clause whose subject has an inserted ", including ...," list', () => {
    const s = statementsOf('Local officials confirmed four members of the crew, including two guards, were among the wounded.');
    expect(pairs(s)).toEqual(['Local officials | four members of the crew, including two guards, were among the wounded']);
  });

  it('reads a progressive speech verb ("were demanding that") as active', () => {
    const s = statementsOf('The marchers were demanding that the governor resign before the vote.');
    expect(pairs(s)).toEqual(['The marchers | the governor resign before the vote']);
  });

  it('takes a pronoun as the whole subject: none for "He rejected army claims", the pronoun after a fronted phrase', () => {
    expect(statementsOf('Tom Bell spoke first. He rejected army claims the blockade was over.').map((x) => x.speaker)).toEqual([]);
    const s = statementsOf('President Tom Bell said the air force bombed two towns. After the bombing he says the army was attacked by militia.');
    expect(pairs(s)).toEqual(['Tom Bell | the air force bombed two towns', 'Tom Bell | the army was attacked by militia']);
  });

  it('does not take a quotation inside a clause as attributed by a verb after it', () => {
    const s = statementsOf('An "armed gang" attacked the post at dawn, the army said.');
    expect(s.map((x) => `${x.kind} | ${x.speaker} | ${x.quote}`)).toEqual(['indirect | the army | An "armed gang" attacked the post at dawn']);
  });
});

describe('statements: quoted as saying, and pronouns after quoted sentences', () => {
  it('gives "X quotes Y as saying" to Y, and to X too when X is named', () => {
    const s = statementsOf('Radio Norland quotes a senior commander, Tom Bell, as saying the rebels fled north.');
    expect(pairs(s)).toEqual(['Tom Bell | the rebels fled north', 'Radio Norland | the rebels fled north']);
    expect(pairs(statementsOf('Some reports quote villagers as saying the rebels fled north.'))).toEqual(['villagers | the rebels fled north']);
  });

  it('skips the subjects of quoted sentences when resolving "he"', () => {
    const s = statementsOf('Tom Bell, a farmer, spoke to reporters. "My brother was hurt. Two neighbours are missing," he said. He also said the bridge was gone.');
    expect(s.map((x) => x.speaker)).toEqual(['Tom Bell', 'Tom Bell']);
  });
});

describe('statements: speaker names in long phrases', () => {
  it('takes the name after a title that follows an organization, and does not split inside a title\'s "of ... and ..."', () => {
    const s = statementsOf('"We call for calm," said Deputy Secretary of State for Northern and Eastern Affairs Jane Doe in a statement.');
    expect(s.map((x) => x.speaker)).toEqual(['Jane Doe']);
  });

  it('keeps initials that open a name after a lower-case title', () => {
    const s = statementsOf('Harbour Police spokesperson KMA Rafiq Hassan told reporters that two officers were hurt.');
    expect(s.map((x) => x.speaker)).toEqual(['KMA Rafiq Hassan']);
  });

  it('takes the name in apposition that closes a verb-first attribution', () => {
    const s = statementsOf('Troops cleared the building after six hours, said an interior ministry spokesman, Tom Bell. He noted that two guards were hurt.');
    expect(pairs(s)).toEqual(['Tom Bell | Troops cleared the building after six hours', 'Tom Bell | two guards were hurt']);
  });

  it('keeps a review or study with its "of ... and ..." tail as one anonymous speaker', () => {
    const s = statementsOf('A recent review of Norland strategy in Eastland and Westland says more aid is needed.');
    expect(pairs(s)).toEqual(['a recent review of Norland strategy in Eastland and Westland | more aid is needed']);
  });
});

describe('statements: where a self-report ends', () => {
  it('cuts a progressive or modal report before the speakers\' next act in the simple past', () => {
    const s = statementsOf('Both sides insisted they were guarding the depot and demanded an inquiry after the clash. ' +
      'The council said it had released two hostages to the militia and also praised a lull in shelling.');
    expect(s.map((x) => x.quote)).toEqual(['they were guarding the depot', 'it had released two hostages to the militia']);
  });

  it('keeps a past-perfect report whose second verb shares "had"', () => {
    const s = statementsOf('The army said it had repelled the raid and captured ten fighters.');
    expect(s.map((x) => x.quote)).toEqual(['it had repelled the raid and captured ten fighters']);
  });
});
