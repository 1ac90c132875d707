import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../../src/cli/resources.ts';
import { runPipeline } from '../../../../src/extract/pipeline.ts';
import { pairs, statementsOf } from '../statements-doc.ts';

/** Statements with the entities component and the real gazetteer, as `extract` runs them. */
function withEntities(body: string): string[] {
  const { resources } = loadResources();
  return pairs(runPipeline({ id: 't', title: 'T', body, published: '2019-03-13', url: null, publisher: null }, resources).statements);
}

describe('statements (session 5): speech clauses that went unread or ran on', () => {
  it('reads a second report joined by ", and" whose subject is a generic body ("intelligence")', () => {
    const s = statementsOf('The army says the smugglers have rearmed since the raid, and military intelligence has warned that ' +
      'another clash appears likely.');
    expect(pairs(s)).toEqual([
      'The army | the smugglers have rearmed since the raid',
      'military intelligence | another clash appears likely',
    ]);
  });

  it('skips "long" between an auxiliary and its speech verb, and ends an accusation before ", and have been ..."', () => {
    const s = statementsOf('Farmers in the valley have long accused the company of poisoning the river, and have been ' +
      'protesting for years.');
    expect(pairs(s)).toEqual(['Farmers in the valley | the company of poisoning the river']);
  });

  it('finds the subject before a bracketed short form ("the agency (XYZ) warned that")', () => {
    const s = statementsOf('The storm came days after the relief agency (RLA) warned that the dams were weak.');
    expect(pairs(s)).toEqual(['the relief agency | the dams were weak']);
  });

  it('gives a voice participle with a comma before its quotation to the sentence subject', () => {
    const s = statementsOf('Students had marched to the square chanting, "free the teachers, free the press," until dusk.');
    expect(pairs(s)).toEqual(['Students | free the teachers, free the press,']);
  });

  it('reads "contends" and "emphasize" as speech verbs', () => {
    expect(pairs(statementsOf('The ministry contends that the dam is safe.'))).toEqual(['The ministry | the dam is safe']);
  });

  it('keeps the place inside a body\'s proper name ("the U.N. Relief Mission in <Country>")', () => {
    expect(withEntities('The U.N. Relief Mission in Chile said the dams were weak.')).toEqual([
      'U.N. Relief Mission in Chile | the dams were weak',
    ]);
  });

  it('keeps an unnamed place after a generic head ("aid groups in the northern part of the country")', () => {
    expect(pairs(statementsOf('Aid groups in the northern part of the country said the roads were closed.'))).toEqual([
      'Aid groups in the northern part of the country | the roads were closed',
    ]);
  });

  it('reads "it" before a finite verb as a clause subject ("claiming it left ...", "contends it only targets ...")', () => {
    expect(pairs(statementsOf('The militia took credit for the raid, claiming it left four guards dead.'))).toEqual([
      'The militia | it left four guards dead',
    ]);
    expect(pairs(statementsOf('The strike was the third this month, although the army contends it only targets armed boats.'))).toEqual([
      'the army | it only targets armed boats',
    ]);
  });

  it('ends a report before the reporter\'s ", though ..." reservation', () => {
    expect(pairs(statementsOf('The militia said it killed ten soldiers, though such groups often inflate their tolls.'))).toEqual([
      'The militia | it killed ten soldiers',
    ]);
  });

  it('gives a participle after a clause in the simple past to that clause\'s subject ("took office vowing to ...")', () => {
    expect(pairs(statementsOf('President Ana Lind took office in 2022 vowing to end the war.'))).toEqual(['Ana Lind | to end the war']);
  });

  it('reads "the paper said" as the newspaper that spoke just before', () => {
    const s = statementsOf('The Morning Star ran an editorial saying "we will not be silenced." The paper said the blast killed five people.');
    expect(s.map((x) => x.speaker)).toEqual(['Morning Star', 'Morning Star']);
  });

  it('makes no report of a speech word followed by "and" ("Activist claims and video could not be verified")', () => {
    expect(statementsOf('Activist claims and video could not be independently verified.')).toEqual([]);
    expect(pairs(statementsOf('Ivo Berg survived the attack on the market. The blast blew the stalls apart, he said, ' +
      'and then the soldiers started firing into the air.'))).toHaveLength(1);
  });
});
