import { describe, expect, it } from 'vitest';
import { findStatements } from '../../../src/extract/statements/index.ts';
import type { Mention } from '../../../src/extract/doc.ts';
import type { PersonEntity } from '../../../src/extract/types.ts';
import type { Gazetteer } from '../../../src/gazetteer/gazetteer.ts';
import { buildDoc, pairs, statementsOf } from './statements-doc.ts';

/** A two-entry gazetteer: one capital, one country. */
const tinyGazetteer: Gazetteer = {
  find: (name) => (name === 'Portville'
    ? [{ exact: true, place: { id: 'geo:1', geonameId: 1, name: 'Portville', kind: 'city', countryCode: 'NL', lat: 0, lon: 0, population: 1, featureCode: 'PPLC', parentId: null } }]
    : []),
  get: () => undefined,
  nationality: () => undefined,
  country: (code) => (code === 'NL' ? { code: 'NL', name: 'Norland' } : undefined),
  size: 1,
};

function person(key: string, name: string, aliases: string[]): PersonEntity {
  return { key, name, aliases, role: null, roleOf: null, isOfficial: true, mentions: [] };
}

describe('statements: speakers', () => {
  it('names the speaker through the entities component: a title phrase resolves to its person', () => {
    const body = 'The envoy said the ceasefire was holding.';
    const doc = buildDoc(body);
    doc.people = [person('person:maria ostrova', 'Maria Ostrova', ['the envoy'])];
    const at = body.indexOf('envoy');
    const mention: Mention = { start: at - 4, end: at + 5, text: 'The envoy', sentenceIndex: 0, type: 'person', entityKey: 'person:maria ostrova' };
    doc.mentions = [mention];
    findStatements(doc);
    expect(doc.statements[0]?.speakerRef).toEqual({ type: 'person', name: 'Maria Ostrova', key: 'person:maria ostrova' });
  });

  it('widens a surname to the fullest form and strips titles', () => {
    const s = statementsOf('Deputy Interior Minister Farid Nour visited the site. Nour said the fire was under control.');
    expect(s[0]?.speaker).toBe('Farid Nour');
  });

  it('finds the subject behind an appositive, a relative clause or a participle phrase', () => {
    const s = statementsOf([
      'General Tom Wade, the commander of the northern front, said the line held.',
      'A nurse, who asked not to be named, said the ward was full.',
      'The mayor, speaking by phone from the city, said power was back.',
    ].join(' '));
    expect(s.map((x) => x.speaker)).toEqual(['Tom Wade', 'a nurse', 'The mayor']);
  });

  it('keeps anonymous speakers as their head phrase, without a place tail', () => {
    const s = statementsOf('Local police in the Harbor District of Portville said two boats sank. Reports from the scene said the port was closed.');
    expect(s.map((x) => [x.speaker, x.speakerRef.type])).toEqual([['Local police', 'anonymous'], ['Reports from the scene', 'anonymous']]);
  });

  it('keeps a combined anonymous speaker whole but splits two named ones', () => {
    const anon = statementsOf('Army officers and local police in the south say the road was cut.');
    expect(anon.map((x) => x.speaker)).toEqual(['Army officers and local police']);
    const named = statementsOf('Norland and Estovia have both expressed concern that the truce could fail.');
    expect(pairs(named)).toEqual(['Norland | the truce could fail', 'Estovia | the truce could fail']);
  });

  it('resolves "he" to the person who was the subject just before, not to the last name seen', () => {
    const s = statementsOf('The farmer, Leo Brandt, was feeding his cattle near Judge Ray Cole when the shell hit. He said the blast shook the barn.');
    expect(s.map((x) => x.speaker)).toEqual(['Leo Brandt']);
  });

  it('resolves "they" to the last group that spoke', () => {
    const s = statementsOf('Local doctors said six patients had burns. They said two were in critical condition.');
    expect(s.map((x) => x.speaker)).toEqual(['Local doctors', 'Local doctors']);
  });

  it('gives "the statement said" to whoever issued the statement', () => {
    const s = statementsOf('The Coastal Guard said in a statement that a ship was seized. The statement said the crew was safe.');
    expect(s.map((x) => x.speaker)).toEqual(['Coastal Guard', 'Coastal Guard']);
  });

  it('gives "the group said" to the organization that just spoke', () => {
    const s = statementsOf('The Coastal Watch Network, a monitoring group, said 12 boats sank. The group said the toll would rise.');
    expect(s.map((x) => x.speaker)).toEqual(['Coastal Watch Network', 'Coastal Watch Network']);
  });

  it('gives a statement "from" or "by" an issuer to the issuer, and skips "quoted by X"', () => {
    const s = statementsOf('A statement from the ministry said the talks would resume. Envoy Pia Holm, quoted by a local newspaper, said she was hopeful.');
    expect(s.map((x) => x.speaker)).toEqual(['the ministry', 'Pia Holm']);
  });

  it('adds no second statement for a verb inside the speaker\'s own report', () => {
    const s = statementsOf('Minister Ana Sousa said she believed the deal would hold.');
    expect(pairs(s)).toEqual(['Ana Sousa | she believed the deal would hold']);
  });

  it('gives a quotation after "The spokesman said:" to the spokesman', () => {
    const s = statementsOf('The spokesman said:\n\n"We have nothing to add at this stage."');
    expect(pairs(s)).toEqual(['The spokesman | We have nothing to add at this stage.']);
  });

  it('resolves "the minister" to the person the article introduced with that title', () => {
    const s = statementsOf('Foreign Minister Ana Sousa arrived on Monday. Residents cheered. The minister said the talks would be hard.');
    expect(s.map((x) => x.speaker)).toEqual(['Ana Sousa']);
  });

  it('gives "quoted X as saying" to X', () => {
    const s = statementsOf('State media quoted the general as saying the offensive would continue.');
    expect(pairs(s)).toEqual(['the general | the offensive would continue']);
  });

  it('keeps a document nobody is said to have issued as its own source', () => {
    const s = statementsOf('Fighting eased in the north. The report, released Tuesday, says 300 homes were destroyed.');
    expect(pairs(s)).toEqual(['The report | 300 homes were destroyed']);
  });

  it('gives a statement issued in a capital to that country, with the capital as its place', () => {
    const doc = buildDoc('A statement issued in Portville denounced "the cowardly attack" as "a crime."');
    findStatements(doc, { gazetteer: tinyGazetteer });
    expect(doc.statements.map((x) => [x.speaker, x.quote, x.place])).toEqual([['Norland', 'the cowardly attack a crime.', 'Portville']]);
  });

  it('reads "X, who said ..." and refers "the ambassador" back to the same anonymous speaker', () => {
    const s = statementsOf('The envoy was followed by Norland\'s ambassador, who said his government had "freed" the city. "We will rebuild," the ambassador said.');
    expect(s.map((x) => x.speaker)).toEqual(["Norland's ambassador", "Norland's ambassador"]);
  });

  it('makes no statement of "who asked not to be named"', () => {
    expect(pairs(statementsOf('A witness, who asked not to be named, said the gunmen fled.'))).toEqual(['a witness | the gunmen fled']);
  });

  it('drops a pronoun speaker that nothing before resolves', () => {
    expect(statementsOf('He said the vote was delayed.')).toEqual([]);
  });
});

describe('statements: place, date, keys and evidence', () => {
  it('carries the setting of a news conference to the same speaker\'s following remarks', () => {
    // Published Wednesday 2019-03-13.
    const s = statementsOf([
      'Foreign Minister Ida Lund said on Tuesday the talks were serious.',
      '"We have a framework," Lund told a news conference in Oslo.',
      'She declined to name the mediators, saying the process was "fragile".',
      'Rebel spokesman Jon Dal said the framework was a trap.',
      'Lund added that a second round would follow.',
    ].join('\n\n'), '2019-03-13');
    expect(s.map((x) => [x.speaker, x.place, x.date])).toEqual([
      ['Ida Lund', null, '2019-03-12'],
      ['Ida Lund', 'Oslo', '2019-03-12'],
      ['Ida Lund', 'Oslo', '2019-03-12'],
      ['Jon Dal', null, null],
      ['Ida Lund', null, null],
    ]);
  });

  it('takes the place of a statement from the next sentence ("X made the announcement after talks in Y"), not carried on', () => {
    const s = statementsOf('Envoy Lars Berg said on Monday the talks had stalled.\n\nBerg made the announcement after meetings in Cairo.\n\nBerg also said a new round was planned.');
    expect(s.map((x) => [x.speaker, x.place, x.date])).toEqual([['Lars Berg', 'Cairo', '2019-03-11'], ['Lars Berg', null, null]]);
  });

  it('numbers statements stmt:1.. in text order and points evidence at the quoted words', () => {
    const body = 'The mayor said the dam held. "It was close," said Commissioner Eva Lind.';
    const s = statementsOf(body);
    expect(s.map((x) => x.key)).toEqual(['stmt:1', 'stmt:2']);
    for (const x of s) {
      expect(body.slice(x.evidence.start, x.evidence.end)).toContain(x.quote.replace(/[.,]$/, ''));
      expect(x.evidence.sentence.length).toBeGreaterThan(0);
    }
  });
});
