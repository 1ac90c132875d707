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
    const s = statementsOf('The army says the smugglers have bought faster boats, and military intelligence has warned that ' +
      'more landings are likely.');
    expect(pairs(s)).toEqual([
      'The army | the smugglers have bought faster boats',
      'military intelligence | more landings are likely',
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

  it('keeps an unnamed place after a generic head ("aid groups in the hills above the town")', () => {
    expect(pairs(statementsOf('Aid groups in the hills above the town said the roads were closed.'))).toEqual([
      'Aid groups in the hills above the town | the roads were closed',
    ]);
  });

  it('reads "it" before a finite verb as a clause subject ("claiming it destroyed ...", "contends it only fires ...")', () => {
    expect(pairs(statementsOf('The militia took credit for the raid, claiming it destroyed two fuel depots.'))).toEqual([
      'The militia | it destroyed two fuel depots',
    ]);
    expect(pairs(statementsOf('The shelling went on overnight, although the army contends it only fires at gun positions.'))).toEqual([
      'the army | it only fires at gun positions',
    ]);
  });

  it('ends a report before the reporter\'s ", though ..." reservation', () => {
    expect(pairs(statementsOf('The militia said it killed ten soldiers, though such groups often inflate their tolls.'))).toEqual([
      'The militia | it killed ten soldiers',
    ]);
  });

  it('gives a participle after a clause in the simple past to that clause\'s subject ("took office vowing to ...")', () => {
    expect(pairs(statementsOf('Governor Ana Lind took office in the spring vowing to rebuild the port.'))).toEqual(['Ana Lind | to rebuild the port']);
  });

  it('reads "the paper said" as the newspaper that spoke just before', () => {
    const s = statementsOf('The Morning Star ran an editorial saying "we will not be silenced." The paper said its printing press was burned.');
    expect(s.map((x) => x.speaker)).toEqual(['Morning Star', 'Morning Star']);
  });

  it('makes no report of a speech word followed by "and" ("Opposition claims and photos could not be checked")', () => {
    expect(statementsOf('Opposition claims and photos could not be checked on the spot.')).toEqual([]);
    expect(pairs(statementsOf('Ivo Berg survived the attack on the market. The wall came down, he said, ' +
      'and then the crowd ran toward the river.'))).toHaveLength(1);
  });
});
