import { describe, expect, it } from 'vitest';
import { findStatements } from '../../../src/extract/statements/index.ts';
import { buildDoc, pairs, statementsOf } from './statements-doc.ts';

describe('statements: attributions seen on unseen articles', () => {
  it('keeps an anonymous speaker as its phrase with "a"/"an", and "the official" refers back to it', () => {
    const s = statementsOf('A local official said the bridge was hit by two rockets. The official said at least four people died.');
    expect(pairs(s)).toEqual(['a local official | the bridge was hit by two rockets', 'a local official | at least four people died']);
  });

  it('gives "a resident of <Town>", "the <Town> resident" and "the resident" one speaker, "<Town> resident"', () => {
    const s = statementsOf('A resident of Brookfield said the blast shook the houses. The resident said the fire burned for hours. ' +
      'The Brookfield resident said the roads were closed.');
    expect(s.map((x) => x.speaker)).toEqual(['Brookfield resident', 'Brookfield resident', 'Brookfield resident']);
  });

  it('reads a hyphenated compound modifier as part of the speaker', () => {
    const s = statementsOf('The Norland-led alliance confirmed that three fighters were killed.');
    expect(pairs(s)).toEqual(['The Norland-led alliance | three fighters were killed']);
  });

  it('takes a closing verb-first attribution after a long clause with a fronted adverbial', () => {
    const s = statementsOf(
      'Elsewhere in the north, a gunman opened fire on a checkpoint near the river port, killing a guard and wounding two drivers, said Tom Bell, the spokesman for the regional governor.',
    );
    expect(pairs(s)).toEqual([
      'Tom Bell | Elsewhere in the north, a gunman opened fire on a checkpoint near the river port, killing a guard and wounding two drivers',
    ]);
  });

  it('takes a closing attribution followed by a relative clause, and no statement from footage that "showed"', () => {
    const s = statementsOf('The wounded were taken to two clinics, said Tom Bell, who reached the site an hour later. Footage showed men with bandaged arms being carried away. Photos posted online showed that the school was destroyed.');
    expect(pairs(s)).toEqual(['Tom Bell | The wounded were taken to two clinics']);
  });

  it('skips a manner adverb between the subject and its speech verb', () => {
    const s = statementsOf('The ministry abruptly announced on Monday that the border would close.');
    expect(pairs(s)).toEqual(['The ministry | the border would close']);
  });

  it('takes no bracketed date as a reported clause, and reads the clause before "..., X said on Friday (May 3)"', () => {
    const s = statementsOf('Three guards were killed in a raid on a depot, the army said on Friday (May 3).');
    expect(pairs(s)).toEqual(['the army | Three guards were killed in a raid on a depot']);
  });

  it('reads a closing attribution followed by "adding that ..." as two reports of one speaker', () => {
    const s = statementsOf('The second convoy reached the dam after dark, the police said, adding that two patrol boats were moved to the estuary.');
    expect(pairs(s)).toEqual([
      'the police | The second convoy reached the dam after dark',
      'the police | two patrol boats were moved to the estuary',
    ]);
  });

  it('cuts a report where a second speaker behind a dashed insert starts, and names that speaker from the next sentence', () => {
    const s = statementsOf([
      'Harbour police official Tom Bell said the victims were fishermen, and a spokesman for the coastal monitoring force \u2014known as COMOF\u2014 said three sailors were hurt.',
      '"We have three light injuries," said spokesman Col. Jim Hart.',
    ].join(' '));
    expect(pairs(s)).toEqual([
      'Tom Bell | the victims were fishermen',
      'Jim Hart | three sailors were hurt',
      'Jim Hart | We have three light injuries,',
    ]);
  });

  it('resolves "a spokesman for the group said" to the person named next with the same role noun, else keeps the phrase', () => {
    const named = statementsOf('Gunmen killed four aid workers on Monday, a spokesman for the aid group said. Rita Lane, the group\'s spokesman, said the attack took place at night.');
    expect(named.map((x) => x.speaker)).toEqual(['Rita Lane', 'Rita Lane']);
    const other = statementsOf('Gunmen killed four aid workers on Monday, a spokesman for the aid group said. Rita Lane, the group\'s director, said the attack took place at night.');
    expect(other.map((x) => x.speaker)).toEqual(['a spokesman for the aid group', 'Rita Lane']);
  });

  it('gives "the rebels" to the one organization the article names right before "rebels"', () => {
    const body = 'The Northern Front rebels freed two hostages. Earlier this week, the rebels announced that they would free more captives.';
    const doc = buildDoc(body);
    doc.organizations.push({ key: 'org:northern front', name: 'Northern Front', aliases: [], kind: 'armed_group', country: null, mentions: [] });
    findStatements(doc);
    expect(pairs(doc.statements)).toEqual(['Northern Front | they would free more captives']);
    expect(statementsOf(body).map((x) => x.speaker)).toEqual(['the rebels']);
  });

  it('gives joint named speakers one statement each, without a narrated clause that follows the report', () => {
    const s = statementsOf('Norland and Sudria said they would hold talks next week, and regional leaders gathered in the capital to prepare a summit.');
    expect(pairs(s)).toEqual(['Norland | they would hold talks next week', 'Sudria | they would hold talks next week']);
  });

  it('takes quotations right after a verb of the voice ("wailed"), but no clause after one', () => {
    const s = statementsOf('Frightened children cried while several women wailed "Our homes are gone!" and "May God help us!" The dogs cried as the shells fell on the town.');
    expect(pairs(s)).toEqual(['several women | Our homes are gone! May God help us!']);
  });

  it('skips a bracketed date between the verb and its "that"-clause', () => {
    expect(pairs(statementsOf('The army said on Friday (May 3) that the road was reopened.'))).toEqual(['The army | the road was reopened']);
  });

  it('refers "the army official" and "the official" back to an anonymous speaker with a nationality adjective', () => {
    const s = statementsOf('A Norlandian army official said the base was attacked at dawn. The army official said two soldiers died. The official said the attackers fled.');
    expect(s.map((x) => x.speaker)).toEqual(['a Norlandian army official', 'a Norlandian army official', 'a Norlandian army official']);
  });

  it('ends a report where ", while <others> <speech verb>" starts, even when that verb has no clause', () => {
    expect(pairs(statementsOf('Residents said the village was deserted, while aid groups warned of a growing crisis.')))
      .toEqual(['Residents | the village was deserted']);
  });

  it('skips the channel between a speech verb and its clause ("in an email", "by phone")', () => {
    const s = statementsOf('Colonel Ann Berg said in an email that the aircraft had struck the area. Ann Berg told reporters by phone that two drones were lost.');
    expect(pairs(s)).toEqual(['Ann Berg | the aircraft had struck the area', 'Ann Berg | two drones were lost']);
  });

  it('finds the subject behind an age or a setting set off by commas, and inside a name ending in "Said"', () => {
    const s = statementsOf('The Northern Front, in a statement, said its fighters had taken the pass. Jon Moss, 45, said his brother was among the dead. Clinic director Omar Said said 14 bodies had been brought in.');
    expect(pairs(s)).toEqual([
      'Northern Front | its fighters had taken the pass',
      'Jon Moss | his brother was among the dead',
      'Omar Said | 14 bodies had been brought in',
    ]);
  });

  it('reads "..., said the official, adding that ..." as two reports of the official', () => {
    expect(pairs(statementsOf('Ten people died in the blast, said the official, adding that the toll might rise.'))).toEqual([
      'the official | Ten people died in the blast',
      'the official | the toll might rise',
    ]);
  });

  it('skips "however" set off by commas before the verb or before the clause', () => {
    const s = statementsOf('Rebels said, however, that the truce would hold. The general, however, said the army would advance.');
    expect(pairs(s)).toEqual(['Rebels | the truce would hold', 'The general | the army would advance']);
  });

  it('keeps a closing attribution when an earlier speech-verb form in the clause has no clause of its own', () => {
    const s = statementsOf('Troops killed nine fighters in the hills, the army said on Sunday. The raid was launched after intelligence reports, the statement said.');
    expect(pairs(s)).toEqual([
      'the army | Troops killed nine fighters in the hills',
      'the army | The raid was launched after intelligence reports',
    ]);
  });

  it('joins a report on both sides of a mid-sentence "he said, and ..."', () => {
    const s = statementsOf('Jon Moss said the truck stalled. The shock wave pushed the truck into a ditch, he said, and then the guards began shouting at the crowd.');
    expect(pairs(s)).toEqual([
      'Jon Moss | the truck stalled',
      'Jon Moss | The shock wave pushed the truck into a ditch, and then the guards began shouting at the crowd',
    ]);
  });

  it('takes no clause after "..., a war monitor, said" as the speaker of what came before', () => {
    const s = statementsOf('The Northern Monitoring Group, a war monitor, said the toll was higher.');
    expect(s.map((x) => x.quote)).toEqual(['the toll was higher']);
  });

  it('keeps people named by a common noun after a capitalised modifier as an anonymous speaker', () => {
    expect(pairs(statementsOf('Hotel guests told a local radio station that they hid under beds.'))).toEqual(['Hotel guests | they hid under beds']);
  });
});
