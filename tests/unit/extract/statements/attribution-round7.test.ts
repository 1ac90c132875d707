import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../../src/cli/resources.ts';
import { runPipeline } from '../../../../src/extract/pipeline.ts';
import { pairs, statementsOf } from '../statements-doc.ts';

/** Statements with the entities component and the real gazetteer, as `extract` runs them. */
function withEntities(body: string): string[] {
  const { resources } = loadResources();
  return pairs(runPipeline({ id: 't', title: 'T', body, published: '2019-03-13', url: null, publisher: null }, resources).statements);
}

describe('statements (round 7): attributions read past an appositive, an audience, a noun object', () => {
  it('reads a closing "said X Y, spokesman for Z." whose appositive role has no article', () => {
    const s = statementsOf('Gunmen stormed a camp in the valley, said Tom Abbot, spokesman for the Valley Relief Council.');
    expect(pairs(s)).toEqual(['Tom Abbot | Gunmen stormed a camp in the valley']);
  });

  it('joins the second part of a quotation split by "said X, <appositive>,"', () => {
    const s = statementsOf('"The bomber walked into the hall," said Tom Abbot, a spokesman for the police, "All of the injured were inside."');
    expect(pairs(s)).toEqual(['Tom Abbot | The bomber walked into the hall All of the injured were inside.']);
  });

  it('skips a bare plural audience after "told" ("told news agencies", "told local reporters")', () => {
    expect(pairs(statementsOf('Two medics told news agencies at least three shells fell near the market.')))
      .toEqual(['Two medics | at least three shells fell near the market']);
    expect(pairs(statementsOf('The mayor told local reporters the bridge had been destroyed.')))
      .toEqual(['The mayor | the bridge had been destroyed']);
  });

  it('reads no report from a noun object followed by "and/but said ..." (the next act reports)', () => {
    expect(pairs(statementsOf('The agency later acknowledged the strikes and said they hit a radio mast.')))
      .toEqual(['The agency | they hit a radio mast']);
    expect(pairs(statementsOf('The government denies the charge but says the damage was done by rebels.')))
      .toEqual(['The government | the damage was done by rebels']);
    // a reported clause before "and said" stays one
    expect(pairs(statementsOf('The army confirmed two soldiers were killed and said the attackers fled.')))
      .toEqual(['The army | two soldiers were killed', 'The army | the attackers fled']);
  });
});

describe('statements (round 7): the name before an appositive speaks', () => {
  it('reads "X Y, one of the injured villagers, said" as X Y', () => {
    const s = statementsOf('Tom Abbot, one of the injured villagers, said the shells fell at dawn.');
    expect(pairs(s)).toEqual(['Tom Abbot | the shells fell at dawn']);
  });

  it('reads "X Y, mayor of the nearest town, <Town>, said" as X Y, not the town', () => {
    expect(withEntities('Tom Abbot, mayor of the nearest town, Quillby, said the road was cut.'))
      .toEqual(['Tom Abbot | the road was cut']);
  });

  it('reads no report from a noun object with a relative clause ("announced a deal that will ...")', () => {
    expect(statementsOf('The army announced a deal that will end the fighting.')).toEqual([]);
    expect(statementsOf('The leader urged protests against a tax law that has raised fuel prices.')).toEqual([]);
    const kept = statementsOf('The chief warned them last Friday that his men would respond.');
    expect(kept.map((x) => x.quote.endsWith('his men would respond'))).toEqual([true]);
  });
});

describe('statements (round 7): titled names before a unit, examples after a subject', () => {
  it('reads "said Capt. X Y of the 7th Infantry Division" as the person, not the unit', () => {
    expect(withEntities('The convoy was fired on in the hills, said Capt. Tom Abbot of the 7th Infantry Division.'))
      .toEqual(['Tom Abbot | The convoy was fired on in the hills']);
  });

  it('reads "Local media, such as X TV and Y Radio, reported" as the media, not the examples', () => {
    expect(pairs(statementsOf('Local media, such as Valley TV and Ridge Radio, reported that at least 25 police officers were hurt.')))
      .toEqual(['Local media | at least 25 police officers were hurt']);
  });
});

describe('statements (round 7): nouns after possessives, relative antecedents, quotes before a participle', () => {
  it('reads a speech word after a possessive (and one singular word) as a noun: "in its quarterly report"', () => {
    expect(pairs(statementsOf('The relief mission noted on Monday in its quarterly report the fighting has displaced 2,000 people.')))
      .toEqual(['The relief mission | the fighting has displaced 2,000 people']);
  });

  it('gives "X, who ... and said ..." to X', () => {
    expect(pairs(statementsOf('The army is fighting separatists, who have set up "councils" in the east and said they want independence.')))
      .toEqual(['separatists | they want independence']);
  });

  it('ends a report at \'," adding that\' and reads the participle as the same speaker\'s next report', () => {
    expect(pairs(statementsOf('The mayor said the attackers would be "found and punished," adding that the town would rebuild.')))
      .toEqual(['The mayor | the attackers would be "found and punished,"', 'The mayor | the town would rebuild']);
  });
});

describe('statements (round 7): "charges" is a noun', () => {
  it('keeps "while prosecutors investigate charges he ..." inside the report', () => {
    expect(pairs(statementsOf('The state broadcaster said the ousted governor is being detained for 30 days, while prosecutors investigate charges he rigged contracts.')))
      .toEqual(['The state broadcaster | the ousted governor is being detained for 30 days, while prosecutors investigate charges he rigged contracts']);
  });
});

describe('statements: a service branch speaks like the army', () => {
  it('takes "the navy" and "the air force" as speakers of an inverted report', () => {
    expect(pairs(statementsOf('A patrol boat was hit near the harbour, the navy said, adding that two sailors were hurt.'))).toEqual([
      'the navy | A patrol boat was hit near the harbour',
      'the navy | two sailors were hurt',
    ]);
    expect(pairs(statementsOf('Two fuel depots were destroyed overnight, the air force said.'))).toEqual([
      'the air force | Two fuel depots were destroyed overnight',
    ]);
  });
});
