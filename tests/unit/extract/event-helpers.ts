import { loadGazetteer } from '../../../src/gazetteer/load.ts';
import { extract, type Resources } from '../../../src/extract/pipeline.ts';
import type { Extraction } from '../../../src/extract/types.ts';

/** The real gazetteer, loaded once per test file (call from beforeAll: loading takes seconds). */
let resources: Resources | undefined;
export function loadEventResources(): void {
  resources ??= { gazetteer: loadGazetteer() };
}

/** Runs the whole pipeline on a made-up article; the publication date is a Monday unless given. */
export function run(body: string, published = '2021-03-15'): Extraction {
  if (!resources) throw new Error('call loadEventResources() in beforeAll first');
  return extract({ id: 'test', title: 'Test', body, published, url: null, publisher: null }, resources);
}

export const brief = (x: Extraction) =>
  x.events.map((e) => ({ type: e.type, place: e.place, date: e.date, killed: e.killed, injured: e.injured }));
