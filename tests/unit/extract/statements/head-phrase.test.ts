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
    expect(pairs(statementsOf('Coast guard officials on Thursday, meanwhile, said that a tanker had been towed to port.'))).toEqual([
      'Coast guard officials | a tanker had been towed to port',
    ]);
  });

  it('drops the place a reporter files from, keeping whom the reporter works for', () => {
    expect(pairs(statementsOf('A reporter for Radio Vell in the city said gunmen attacked a school.'))).toEqual([
      'a reporter for Radio Vell | gunmen attacked a school',
    ]);
    expect(pairs(statementsOf('A Radio Vell correspondent at the scene says that the square was empty.'))).toEqual([
      'a Radio Vell correspondent | the square was empty',
    ]);
  });

  it('drops the place of a body in the collective ("Police in <Province>") but keeps "officials in <City>"', () => {
    const s = withEntities('Police in Bergen said the attacker fled on foot. Officials in Lyon said the toll rose.');
    expect(s).toEqual(['Police | the attacker fled on foot', 'Officials in Lyon | the toll rose']);
  });

  it('takes a named reporter, not the town, for "X Y in <City> reports"', () => {
    expect(withEntities('Mara Quell in Oslo reports that the road was closed.')).toEqual([
      'Mara Quell | the road was closed',
    ]);
  });

  it('never stops a subject at a number word ("One witnesses described ... He says")', () => {
    const s = statementsOf('A second van exploded near a market. One witnesses described the fire. He says he saw a van.');
    expect(pairs(s)).toEqual(['one witness | he saw a van']);
  });

  it('keeps people named by a body as a phrase ("<Org> representatives said")', () => {
    expect(withEntities('The Harbour Front met on Monday. Front representatives said they would return next week.')).toEqual([
      'Front representatives | they would return next week',
    ]);
  });

  it('reads an -ing word after a name adjective as a modifier, not a tail ("the Danish peacekeeping force")', () => {
    expect(withEntities('The Danish peacekeeping force said it would guard the airport.')).toEqual([
      'The Danish peacekeeping force | it would guard the airport',
    ]);
  });

  it('gives "the <adj> force" to the organization the article names "force known as X"', () => {
    const body =
      'The Danish peacekeeping force in Chile said it would guard the airport. ' +
      'General Abel Dorn, who heads the international force known as VELMA, spoke on Tuesday. VELMA said its troops returned fire.';
    expect(withEntities(body)[0]).toBe('VELMA | it would guard the airport');
  });
});

describe('statements (session 4): a description and the person named after it', () => {
  it('does not give "a rebel spokesman" to the army spokesman the next sentence names', () => {
    const body = 'A rebel spokesman said only two of its fighters were hurt. Army spokesman Brigadier Tomas Vell said the raids would go on.';
    expect(withEntities(body)).toEqual([
      'a rebel spokesman | only two of its fighters were hurt',
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
    expect(pairs(statementsOf('The wounded include two guards and a driver, say security officials.'))).toEqual([
      'security officials | The wounded include two guards and a driver',
    ]);
    expect(pairs(statementsOf('The wounded include two guards, said hospital staff.'))).toEqual([
      'hospital staff | The wounded include two guards',
    ]);
  });
});

describe('statements (session 4): an unnamed place of the source', () => {
  it('stays in the phrase after "at" as after "from" ("witnesses at the scene")', () => {
    expect(pairs(statementsOf('The hotel gate was blown open, survivors and witnesses at the scene told reporters.'))).toEqual([
      'survivors and witnesses at the scene | The hotel gate was blown open',
    ]);
  });
});
