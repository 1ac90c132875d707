import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../src/extract/statements/quotes.ts';
import { buildDoc, pairs, statementsOf } from '../statements-doc.ts';
import { findStatements } from '../../../../src/extract/statements/index.ts';
import type { PersonEntity } from '../../../../src/extract/types.ts';

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

  it('reads a speech word after "a <modifier>" as a noun ("on a sour note", "a security warning about")', () => {
    expect(pairs(statementsOf('The two sides began a new round of talks Friday on a sour note, both indicating they were far apart.')))
      .toEqual(['The two sides | they were far apart']);
    expect(statementsOf('The consulate issued a security warning about a plot to block the coast road.')).toEqual([]);
  });

  it('still reads "a <noun> said" and "an editorial saying" as speech', () => {
    expect(pairs(statementsOf('A local spokesman said the bridge was closed.'))).toEqual(['a local spokesman | the bridge was closed']);
    expect(pairs(statementsOf('The Daily Courier ran an editorial saying the port must reopen.')).map((p) => p.split(' | ')[1])).toEqual([
      'the port must reopen',
    ]);
  });

  it('gives a verb joined by "and" to a past-tense verb the subject of that verb', () => {
    const s = statementsOf('The match was cancelled after the embassy issued an alert about unrest and asked its citizens to stay indoors.');
    expect(pairs(s)).toEqual(['the embassy | its citizens to stay indoors']);
  });

  it('reads "both indicating" after a subject as that subject\'s report', () => {
    const s = statementsOf('The two sides started talks on Monday, both indicating they could accept the offer.');
    expect(pairs(s)).toEqual(['The two sides | they could accept the offer']);
  });

  it('keeps a given name ending like a demonym inside a name, and drops a demonym before a title', () => {
    expect(statementsOf('President Lucas Adrian Moreau said the border would reopen.').map((x) => x.speaker)).toEqual([
      'Lucas Adrian Moreau',
    ]);
    expect(statementsOf('Norwegian Foreign Minister Eva Lind said the talks would resume.').map((x) => x.speaker)).toEqual([
      'Eva Lind',
    ]);
  });

  it('takes "the <noun>" for the speaker introduced as "one of the ... <noun>s"', () => {
    const s = statementsOf('One of the march organizers said the police had blocked the bridge. ' +
      '"We will walk again tomorrow," the organizer said.');
    expect(s.map((x) => x.speaker)).toEqual(['One of the march organizers', 'One of the march organizers']);
  });

  it('makes no report of an opening phrase with no verb before "<Name>, <verb>"', () => {
    expect(statementsOf('Meanwhile, the regional envoy in Peru, Ana Ruiz, once again called for calm.')).toEqual([]);
    expect(statementsOf('In the southern district, Galle, the council agreed to requests from fishermen to open the harbour.')).toEqual([]);
  });

  it('still reads a clause with a verb before a closing attribution as the report', () => {
    expect(pairs(statementsOf('The toll rose to 20 overnight, the mayor said.'))).toEqual(['the mayor | The toll rose to 20 overnight']);
  });

  it('ends the report before the reporter\'s note on how the source spoke ("but was vague on details")', () => {
    expect(pairs(statementsOf('The envoy agreed that the talks had moved forward but was vague on the timing.'))).toEqual([
      'The envoy | the talks had moved forward',
    ]);
  });

  it('gives a quotation standing alone to the subject of the verbal act just before it', () => {
    const s = statementsOf('Mayor Tomas Brel said the port would reopen. The curfew stayed in force. ' +
      'Meanwhile, the regional envoy in Peru, Ana Ruiz, once again called for calm. "Nobody gains from more fighting."');
    expect(s.map((x) => x.speaker)).toEqual(['Tomas Brel', 'Ana Ruiz']);
  });

  it('reads past a bracketed short form in the audience of "told" ("told the news agency (NA) that")', () => {
    expect(pairs(statementsOf('Ivo Berg told the national news agency (NNA) that the convoy was attacked at dawn.'))).toEqual([
      'Ivo Berg | the convoy was attacked at dawn',
    ]);
  });

  it('gives a report to both named speakers joined by "and", one of them with a title before the name', () => {
    const s = statementsOf('Mr. Lund and local counsellor Ivo Berg told the agency that the fires were set by looters.');
    expect(s.map((x) => x.speaker)).toEqual(['Lund', 'Ivo Berg']);
  });

  it('keeps "X and Y in <Place>" whole when a part has a place tail', () => {
    const s = statementsOf('Police and hospital officials in Tromso say most of the dead were fishermen.');
    expect(s).toHaveLength(1);
  });

  it('reads "appealed for X to ..." as a plea, but not "appealed for calm"', () => {
    expect(pairs(statementsOf('Berg appealed for President Ana Lind to open the border to refugees.'))).toEqual([
      'Berg | President Ana Lind to open the border to refugees',
    ]);
    expect(statementsOf('Berg appealed for calm.')).toEqual([]);
  });

  it('pairs double quotation marks of mixed styles by where they stand', () => {
    const text = 'He said \u201cThe road is closed. Nobody may pass," and left. "We wait," she said.';
    expect(findQuotes(text).map((q) => q.inner)).toEqual(['The road is closed. Nobody may pass,', 'We wait,']);
    const statements = statementsOf('\u201cThe bridge fell at dawn. We heard it from the village," the farmer said.');
    expect(pairs(statements)).toEqual(['the farmer | The bridge fell at dawn. We heard it from the village,']);
  });

  it('gives a one-word speaker shared by a village and a person to the person mentioned last', () => {
    const body = 'Gunmen attacked Dorvik and two other villages. Ana Dorvik told the agency that the attackers came at night. ' +
      'Dorvik said the villagers fled into the forest.';
    const doc = buildDoc(body);
    const at = body.indexOf('Ana Dorvik');
    const person: PersonEntity = { key: 'person:ana dorvik', name: 'Ana Dorvik', aliases: [], role: null, roleOf: null,
      isOfficial: false, mentions: [{ start: at, end: at + 10, sentenceIndex: 1, sentence: '' }] };
    doc.people = [person];
    const village = body.indexOf('Dorvik');
    const last = body.lastIndexOf('Dorvik');
    doc.places = [{ key: 'place:dorvik', name: 'Dorvik', aliases: [], kind: 'town', country: null, countryCode: null, lat: null,
      lon: null, geonameId: null, gazetteerName: null, parentKey: null, mentions: [] }];
    doc.mentions = [
      { start: village, end: village + 6, text: 'Dorvik', sentenceIndex: 0, type: 'place', entityKey: 'place:dorvik' },
      { start: at, end: at + 10, text: 'Ana Dorvik', sentenceIndex: 1, type: 'person', entityKey: 'person:ana dorvik' },
      { start: last, end: last + 6, text: 'Dorvik', sentenceIndex: 2, type: 'place', entityKey: 'place:dorvik' },
    ];
    findStatements(doc);
    expect(doc.statements.map((x) => x.speaker)).toEqual(['Ana Dorvik', 'Ana Dorvik']);
  });
});
