import { describe, expect, it } from 'vitest';
import { loadResources } from '../../../../src/cli/resources.ts';
import { runPipeline } from '../../../../src/extract/pipeline.ts';
import { pairs, statementsOf } from '../statements-doc.ts';

/** Statements with the entities component run first and the real gazetteer, as `extract` runs them. */
function withEntities(body: string): string[] {
  const { resources } = loadResources();
  const doc = runPipeline({ id: 't', title: 'T', body, published: '2019-03-13', url: null, publisher: null }, resources);
  return pairs(doc.statements);
}

describe('statements (session 4): the head phrase of a speaker', () => {
  it('drops a time phrase from the speaker ("officials on Thursday, meanwhile, said")', () => {
    expect(pairs(statementsOf('Coast guard officials on Thursday, meanwhile, said that a ship was forced to shore.'))).toEqual([
      'Coast guard officials | a ship was forced to shore',
    ]);
  });

  it('drops the place a reporter files from, keeping whom the reporter works for', () => {
    expect(pairs(statementsOf('A reporter for Radio Vell in the city said gunmen attacked a school.'))).toEqual([
      'a reporter for Radio Vell | gunmen attacked a school',
    ]);
    expect(pairs(statementsOf('A Radio Vell correspondent at the scene says that walls have been built.'))).toEqual([
      'a Radio Vell correspondent | walls have been built',
    ]);
  });

  it('drops the place of a body in the collective ("Police in <Province>") but keeps "officials in <City>"', () => {
    const s = withEntities('Police in Bergen said the attacker targeted a meeting. Officials in Lyon said the toll rose.');
    expect(s).toEqual(['Police | the attacker targeted a meeting', 'Officials in Lyon | the toll rose']);
  });

  it('takes a named reporter, not the town, for "X Y in <City> reports"', () => {
    expect(withEntities('Mara Quell in Oslo reports that among the dead are five pilgrims.')).toEqual([
      'Mara Quell | among the dead are five pilgrims',
    ]);
  });

  it('never stops a subject at a number word ("One witnesses described ... He says")', () => {
    const s = statementsOf('A second truck exploded near a mosque. One witnesses described the scene. He says he saw a truck.');
    expect(pairs(s)).toEqual(['one witness | he saw a truck']);
  });

  it('keeps people named by a body as a phrase ("<Org> representatives said")', () => {
    expect(withEntities('The Harbour Alliance met on Monday. Alliance representatives said they would continue talks.')).toEqual([
      'Alliance representatives | they would continue talks',
    ]);
  });

  it('reads an -ing word after a name adjective as a modifier, not a tail ("the Danish peacekeeping force")', () => {
    expect(withEntities('The Danish peacekeeping force said it would treat the militias as enemies.')).toEqual([
      'The Danish peacekeeping force | it would treat the militias as enemies',
    ]);
  });

  it('gives "the <adj> force" to the organization the article names "force known as X"', () => {
    const body =
      'The Danish peacekeeping force in Chile said it would treat the militias as enemies. ' +
      'General Abel Dorn, who heads the international force known as VELMA, spoke on Tuesday. VELMA said its troops returned fire.';
    expect(withEntities(body)[0]).toBe('VELMA | it would treat the militias as enemies');
  });
});

describe('statements (session 4): a description and the person named after it', () => {
  it('does not give "a rebel spokesman" to the army spokesman the next sentence names', () => {
    const body = 'A rebel spokesman said only four of its men were killed. Army spokesman Brigadier Tomas Vell said the raids would go on.';
    expect(withEntities(body)).toEqual([
      'a rebel spokesman | only four of its men were killed',
      'Tomas Vell | the raids would go on',
    ]);
  });

  it('still gives "an army spokesman" to the army spokesman named next', () => {
    const body = 'An army spokesman said the base was attacked. Army spokesman Brigadier Tomas Vell said the raids would go on.';
    expect(withEntities(body).map((p) => p.split(' | ')[0])).toEqual(['Tomas Vell', 'Tomas Vell']);
  });
});

describe('statements (session 4): a closing verb-first attribution with a bare plural subject', () => {
  it('reads "..., say security officials." as the officials\' report, not the officials as a report', () => {
    expect(pairs(statementsOf('The dead include four gunmen in addition to nine victims, say security officials.'))).toEqual([
      'security officials | The dead include four gunmen in addition to nine victims',
    ]);
    expect(pairs(statementsOf('The dead include four gunmen, said hospital staff.'))).toEqual([
      'hospital staff | The dead include four gunmen',
    ]);
  });
});

describe('statements (session 4): an unnamed place of the source', () => {
  it('stays in the phrase after "at" as after "from" ("witnesses at the scene")', () => {
    expect(pairs(statementsOf('Three gunmen were shot by police, survivors and witnesses at the scene told reporters.'))).toEqual([
      'survivors and witnesses at the scene | Three gunmen were shot by police',
    ]);
  });
});
