import { describe, expect, it } from 'vitest';
import { pairs, statementsOf } from './statements-doc.ts';

describe('statements: words between the speech verb and its clause', () => {
  it('skips "on condition of anonymity", "by telephone" and a document participle ("in a report released Tuesday")', () => {
    expect(pairs(statementsOf('A senior security official said on condition of anonymity that four soldiers died.')))
      .toEqual(['a senior security official | four soldiers died']);
    expect(pairs(statementsOf('Mark Lee, the police chief, said by telephone that two suspects were arrested.')))
      .toEqual(['Mark Lee | two suspects were arrested']);
    expect(pairs(statementsOf('The agency said in a report released Tuesday that 300 homes were destroyed last year.')))
      .toEqual(['The agency | 300 homes were destroyed last year']);
  });

  it('keeps a possessive weekday as the start of the reported clause', () => {
    expect(pairs(statementsOf('Local officials said Tuesday\u2019s attack targeted a minibus.'))).toEqual(['Local officials | Tuesday\u2019s attack targeted a minibus']);
  });

  it('skips a channel named with two nouns ("on its Telegram channel")', () => {
    const s = statementsOf('The group said in a statement on its Telegram channel that its fighters had killed ten soldiers.');
    expect(pairs(s)).toEqual(['The group | its fighters had killed ten soldiers']);
  });
});

describe('statements: subjects and speakers seen in probes', () => {
  it('finds the subject before a relative clause without commas', () => {
    expect(pairs(statementsOf('A police officer who declined to be named said the gunmen fled.'))).toEqual(['a police officer | the gunmen fled']);
  });

  it('takes the name set off by commas after a description in an attribution after the quotation', () => {
    expect(pairs(statementsOf('"There is no ceasefire," a rebel commander, Abu Salim, told reporters.'))).toEqual(['Abu Salim | There is no ceasefire,']);
  });

  it('reads no verb-first attribution in "..., said three soldiers died"', () => {
    const s = statementsOf('The spokesman, who spoke on condition of anonymity, said three soldiers died.');
    expect(pairs(s)).toEqual(['The spokesman | three soldiers died']);
  });

  it('ends a report where "but" brings another subject\'s speech act', () => {
    expect(pairs(statementsOf('The rebels said they had seized the airport, but the government denied the claim.')))
      .toEqual(['The rebels | they had seized the airport']);
  });

  it('gives "the world body" to the organization that just spoke, and splits "Both X and Y" without "Both"', () => {
    expect(pairs(statementsOf('The United Nations said aid convoys were blocked. The world body urged all parties to allow access.')))
      .toEqual(['United Nations | aid convoys were blocked', 'United Nations | all parties to allow access']);
    expect(statementsOf('Both Norland and Eastland accused each other of violating the truce.').map((x) => x.speaker)).toEqual(['Norland', 'Eastland']);
  });

  it('reads a hyphenated age in an appositive, and an organisation name with "for" in it', () => {
    expect(pairs(statementsOf('Ahmed, a 35-year-old teacher, said: "I lost everything."'))).toEqual(['Ahmed | I lost everything.']);
    const s = statementsOf('The Norland Observatory for Civil Rights, a monitoring group, said 30 fighters were killed.');
    expect(s.map((x) => [x.speaker, x.speakerRef.type])).toEqual([['Norland Observatory for Civil Rights', 'organization']]);
  });

  it('names the person in "X Y of the <Organization> said", but keeps "<Org word> of <Place>" an organization', () => {
    const s = statementsOf('Tom Reed of the Norland Crisis Group said the truce was fragile. The Bank of Norland said rates would rise.');
    expect(s.map((x) => [x.speaker, x.speakerRef.type])).toEqual([['Tom Reed', 'person'], ['Bank of Norland', 'organization']]);
  });

  it('takes no sentence-opening word as a name set in apposition to a description', () => {
    const s = statementsOf('Officials said the toll could rise. Earlier, the health ministry had said the toll was 12.');
    expect(s.map((x) => x.speaker)).toEqual(['Officials', 'the health ministry']);
  });
});

describe('statements: possessives and audiences in attributions', () => {
  it('reads a plural possessive inside a subject, and a speech noun after a possessive as no verb', () => {
    expect(pairs(statementsOf('The rebels\' spokesman said they would not attend the talks.'))).toEqual(['The rebels\' spokesman | they would not attend the talks']);
    expect(pairs(statementsOf('"We will not go," the rebels\' spokesman said.'))).toEqual(['the rebels\' spokesman | We will not go,']);
    expect(pairs(statementsOf('The rebels\' demands were rejected, officials said.'))).toEqual(['officials | The rebels\' demands were rejected']);
  });

  it('takes a closing "told <Audience>" attribution followed by a setting', () => {
    const s = statementsOf('The fire was started by two men on a scooter, the official told Radio Norland on condition of anonymity.');
    expect(pairs(s)).toEqual(['the official | The fire was started by two men on a scooter']);
  });
});

describe('statements: an attribution inside the clause', () => {
  it('joins the subject before a mid-sentence "he said," to the rest of the report', () => {
    const s = statementsOf('Police chief Omar Khan said two suspects were arrested. The suspects, he said, were planning another attack.');
    expect(pairs(s)).toEqual(['Omar Khan | two suspects were arrested', 'Omar Khan | The suspects were planning another attack']);
  });
});

describe('statements: verbs of the voice inside a report', () => {
  it('gives a shouted quotation inside a witness report to the shouters, as the quoted words only', () => {
    const s = statementsOf('Witnesses said the gunmen shouted "Victory is ours" before opening fire.');
    expect(s.map((x) => `${x.kind} | ${x.speaker} | ${x.quote}`)).toEqual([
      'indirect | Witnesses | the gunmen shouted "Victory is ours" before opening fire',
      'direct | the gunmen | Victory is ours',
    ]);
  });
});
