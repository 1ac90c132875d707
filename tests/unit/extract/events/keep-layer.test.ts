import { beforeAll, describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../../../src/extract/doc.ts';
import type { EventCandidate } from '../../../../src/extract/events/candidate.ts';
import { findCandidateEvents } from '../../../../src/extract/events/index.ts';
import { keepFeatures } from '../../../../src/extract/events/keep-features.ts';
import { extract, PIPELINE, type Resources } from '../../../../src/extract/pipeline.ts';
import { loadGazetteer } from '../../../../src/gazetteer/load.ts';

// Made-up articles through the real pipeline up to the rule events; published Monday 2021-03-15.
let resources: Resources;
beforeAll(() => {
  resources = { gazetteer: loadGazetteer() };
}, 120_000);

const article = (body: string, title = 'Test') => ({ id: 'test', title, body, published: '2021-03-15', url: null, publisher: null });

function candidates(body: string, title?: string): { doc: Doc; found: EventCandidate[] } {
  const doc = createDoc(article(body, title));
  for (const [name, component] of PIPELINE) if (name !== 'events') component(doc, resources);
  return { doc, found: findCandidateEvents(doc, resources) };
}

const featuresOf = (body: string, title?: string) => {
  const { doc, found } = candidates(body, title);
  return keepFeatures(doc, found);
};

describe('keepFeatures', () => {
  it('describes a dated bombing with a toll told first: type, own day, figures, place named in its sentence', () => {
    const [f] = featuresOf('A bomb exploded in a market in Nantes on Sunday, killing two people and wounding five.', 'Bomb kills two in Nantes');
    expect(f?.get('type=BOMBING')).toBe(1);
    expect(f?.get('date=own')).toBe(1);
    expect(f?.get('date:recent')).toBe(1);
    expect(f?.get('killed')).toBe(1);
    expect(f?.get('injured')).toBe(1);
    expect(f?.get('place:inSentence')).toBe(1);
    expect(f?.get('title:place')).toBe(1);
    expect(f?.get('sentence:lead')).toBe(1);
    expect(f?.has('marker:background')).toBe(false);
  });

  it('marks a mention told as background ("since", a past year) and with no day', () => {
    const all = featuresOf('Police in Lyon arrested three men on Monday. Rebels have held the town of Lille since they captured Lille in 2009.');
    const clash = all.find((f) => f.get('type=ARMED_CLASH') === 1);
    expect(clash?.get('marker:background')).toBe(1);
    expect(clash?.has('date=own')).toBe(false);
    expect(clash?.has('killed')).toBe(false);
  });

  it('marks the second bombing at the same place as told after one of its kind', () => {
    const all = featuresOf('A bomb exploded in Lyon on Saturday, killing four people. Another bomb exploded in Lyon on Sunday, wounding six.');
    expect(all).toHaveLength(2);
    expect(all[0]?.has('others:samePlaceEarlier')).toBe(false);
    expect(all[1]?.get('others:samePlaceEarlier')).toBe(1);
    expect(all[1]?.get('newMarker')).toBe(1);
  });

  it('reads hedged and threatening words in the evidence sentence', () => {
    const all = featuresOf('The army said it would retaliate for a suspected bombing in Lyon on Saturday.');
    expect(all[0]?.get('marker:future')).toBe(1);
    expect(all[0]?.get('marker:condemn')).toBe(1);
    expect(all[0]?.get('marker:hedge')).toBe(1);
    expect(all[0]?.get('marker:report')).toBe(1);
  });
});

describe('the learned layer (resources.eventModel)', () => {
  const body = 'A bomb exploded in a market in Nantes on Sunday, killing two people. "This was a cowardly attack," the mayor said. Gunmen shot dead a guard in Lyon on Saturday.';

  it('changes nothing when the model keeps every event', () => {
    const rules = extract(article(body), resources);
    const kept = extract(article(body), { ...resources, eventModel: { bias: 10, weights: {}, threshold: 0.5 } });
    expect(rules.events.length).toBeGreaterThan(1);
    expect(kept).toEqual(rules);
  });

  it('drops what the model rejects, with its casualty records and the statements\u2019 links to it', () => {
    const rules = extract(article(body), resources);
    expect(rules.casualties.length).toBeGreaterThan(0);
    expect(rules.statements.some((s) => s.eventKeys.length > 0)).toBe(true);
    const none = extract(article(body), { ...resources, eventModel: { bias: -10, weights: {}, threshold: 0.5 } });
    expect(none.events).toEqual([]);
    expect(none.casualties).toEqual([]);
    expect(none.statements.flatMap((s) => s.eventKeys)).toEqual([]);
  });

  it('drops only the events whose features the model weighs down, keeping the others\u2019 keys', () => {
    const rules = extract(article(body), resources);
    const noBombs = extract(article(body), { ...resources, eventModel: { bias: 2, weights: { 'type=BOMBING': -5 }, threshold: 0.5 } });
    expect(noBombs.events.map((e) => e.type)).toEqual(rules.events.filter((e) => e.type !== 'BOMBING').map((e) => e.type));
    expect(noBombs.events.map((e) => e.key)).toEqual(rules.events.filter((e) => e.type !== 'BOMBING').map((e) => e.key));
    const keys = new Set(noBombs.events.map((e) => e.key));
    expect(noBombs.casualties.every((c) => keys.has(c.eventKey))).toBe(true);
  });
});
