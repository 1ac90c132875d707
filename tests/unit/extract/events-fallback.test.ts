import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/gazetteer/load.ts';
import { createDoc } from '../../../src/extract/doc.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { findEvents } from '../../../src/extract/events/index.ts';
import type { Resources } from '../../../src/extract/pipeline.ts';

let resources: Resources;
beforeAll(() => {
  resources = { gazetteer: loadGazetteer() };
}, 120_000);

/** The events component alone, on sentences only: no entities ran, so it finds places itself. */
function eventsOnly(body: string) {
  const doc = createDoc({ id: 'test', title: 'Test', body, published: '2021-03-15', url: null, publisher: null });
  splitSentences(doc, resources);
  findEvents(doc, resources);
  return doc.events;
}

describe('events without the entities component', () => {
  it('finds the place through the gazetteer and the text, the most specific first', () => {
    const events = eventsOnly('In Mosul, a car bomb exploded in the district of Al Zuhur on Sunday, killing seven people.');
    expect(events.map((e) => [e.type, e.place, e.country, e.killed?.min])).toEqual([['CAR_BOMBING', 'Al Zuhur', 'Iraq', 7]]);
    expect(events[0]!.placeAlternatives).toContain('Mosul');
  });

  it('does not take an organisation or a nationality for a place', () => {
    const events = eventsOnly('Syrian forces shelled positions of the Islamic Front in Daraa on Sunday.');
    expect(events.map((e) => [e.type, e.place])).toEqual([['SHELLING', 'Daraa']]);
  });
});
