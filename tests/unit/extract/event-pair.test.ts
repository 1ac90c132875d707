import { beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../../src/gazetteer/load.ts';
import { runPipeline, type Resources } from '../../../src/extract/pipeline.ts';
import type { Doc } from '../../../src/extract/doc.ts';
import { eventPlaceKey, pairCandidates, pairPlaces, sentenceTriggers } from '../../../src/extract/events/event-pair-candidates.ts';
import { pairFeatures } from '../../../src/extract/events/event-pair-features.ts';
import { decodePairs } from '../../../src/extract/events/event-pair-decode.ts';
import { applyPairModel, stackedFeatures, type EventPairModel } from '../../../src/extract/events/event-pair-apply.ts';

// Made-up article: a car bomb in a town, a protest in the capital told later, a truce wanted only.
const BODY = [
  'A car bomb exploded at a market in Kasama, Zambia on Sunday, killing six people, police said.',
  'Hours later, hundreds of people protested in Lusaka against the violence.',
  '"We will not rest," the police chief said, adding that officers were searching for the bombers.',
].join(' ');

let resources: Resources;
beforeAll(() => {
  resources = { gazetteer: loadGazetteer() };
}, 120_000);

const docOf = (body: string): Doc =>
  runPipeline({ id: 'test', title: 'Car bomb kills six in Zambian town', body, published: '2021-03-15', url: null, publisher: null }, resources);

const model = (bias: number, extra: Partial<EventPairModel> = {}): EventPairModel =>
  ({ bias, weights: {}, threshold: 0.5, thresholdNew: 0.5, specific: false, ...extra });

describe('event pairs: candidates and features', () => {
  it('pairs a trigger with the place of its sentence and with the places around it', () => {
    const doc = docOf(BODY);
    const places = pairPlaces(doc);
    const candidates = pairCandidates(doc, sentenceTriggers(doc), places);
    const town = candidates.find((c) => c.coarse === 'BOMBING' && c.place.name === 'Kasama');
    const country = candidates.find((c) => c.coarse === 'BOMBING' && c.place.name === 'Zambia');
    expect(town?.support.some((s) => s.distance === 0 && !s.viaChild)).toBe(true);
    expect(country).toBeDefined();
    // the rules' own bombing is a candidate of its place, so the model can keep it whole
    expect(candidates.flatMap((c) => c.ruleEvents).length).toBe(doc.events.length);
  });

  it('describes co-mention, toll, day and hierarchy in general features', () => {
    const doc = docOf(BODY);
    const places = pairPlaces(doc);
    const candidates = pairCandidates(doc, sentenceTriggers(doc), places);
    const features = pairFeatures(doc, candidates, places);
    const at = (name: string) => features[candidates.findIndex((c) => c.coarse === 'BOMBING' && c.place.name === name)]!;
    expect(at('Kasama').get('support:same')).toBeGreaterThan(0);
    expect(at('Kasama').get('w:toll:any')).toBe(1);
    expect(at('Kasama').get('w:day:any')).toBe(1);
    expect(at('Zambia').get('hier:inner')).toBe(1);
    expect(at('Kasama').get('hier:inner')).toBeUndefined();
    // no feature carries a name
    for (const f of features) for (const name of f.keys()) expect(name).not.toMatch(/Kasama|Zambia|Lusaka/);
  });
});

describe('event pairs: decoding and applying', () => {
  it('keeps the most specific place of a type when asked to, else both', () => {
    const doc = docOf(BODY);
    const places = pairPlaces(doc);
    const candidates = pairCandidates(doc, sentenceTriggers(doc), places).filter((c) => c.coarse === 'BOMBING');
    const p = candidates.map(() => 0.9);
    const both = decodePairs(candidates.map((c) => ({ ...c, ruleEvents: [] })), p, places, { threshold: 0.5, thresholdNew: 0.5, specific: false });
    const one = decodePairs(candidates.map((c) => ({ ...c, ruleEvents: [] })), p, places, { threshold: 0.5, thresholdNew: 0.5, specific: true });
    expect(both.added.map((c) => c.place.name)).toEqual(expect.arrayContaining(['Kasama', 'Zambia']));
    expect(one.added.map((c) => c.place.name)).toContain('Kasama');
    expect(one.added.map((c) => c.place.name)).not.toContain('Zambia');
  });

  it('drops every event with its casualty records and statement links when nothing clears the threshold', () => {
    const doc = docOf(BODY);
    expect(doc.events.length).toBeGreaterThan(0);
    applyPairModel(doc, model(-20));
    expect(doc.events).toEqual([]);
    expect(doc.casualties).toEqual([]);
    expect(doc.statements.every((s) => s.eventKeys.length === 0)).toBe(true);
  });

  it('keeps the rule events whole and adds the other pairs, keys in text order and links renamed', () => {
    const before = docOf(BODY);
    const doc = docOf(BODY);
    applyPairModel(doc, model(20));
    const bombing = before.events.find((e) => e.type === 'CAR_BOMBING')!;
    const kept = doc.events.find((e) => e.type === 'CAR_BOMBING' && e.place === bombing.place)!;
    expect({ ...kept, key: '' }).toEqual({ ...bombing, key: '' });
    expect(doc.events.length).toBeGreaterThan(before.events.length);
    expect(doc.events.map((e) => e.key)).toEqual(doc.events.map((_, i) => `event:${i + 1}`));
    const starts = doc.events.map((e) => e.evidence.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const keys = new Set(doc.events.map((e) => e.key));
    expect(doc.casualties.every((c) => keys.has(c.eventKey))).toBe(true);
    expect(doc.casualties.filter((c) => c.eventKey === kept.key).length).toBe(before.casualties.filter((c) => c.eventKey === bombing.key).length);
  });

  it('gives the same output twice', () => {
    const a = docOf(BODY);
    const b = docOf(BODY);
    applyPairModel(a, model(0.3));
    applyPairModel(b, model(0.3));
    expect(a.events).toEqual(b.events);
  });
});

describe('event pairs: stacked model', () => {
  it('gives the outer model only the text logit, the type and the rule features', () => {
    const f = new Map([['type:BOMBING', 1], ['support:same', 0.7], ['rule:events', 1], ['w:toll:any', 1]]);
    const out = stackedFeatures(f, { bias: -1, weights: { 'support:same': 2, 'w:toll:any': 0.5, 'rule:events': 100 } });
    expect([...out.keys()].sort()).toEqual(['rule:events', 'text:logit', 'type:BOMBING']);
    // the text model never reads the rule feature (its weight of 100 would show)
    expect(out.get('text:logit')).toBeCloseTo(-1 + 2 * 0.7 + 0.5);
    expect(stackedFeatures(f, undefined)).toBe(f);
  });
});

describe('event pairs: the place of a rule event', () => {
  it('finds a place the rules named without a key by its name, and gives none to an event without a place', () => {
    const doc = docOf(BODY);
    const places = pairPlaces(doc);
    const zambia = [...places.values()].find((p) => p.name === 'Zambia')!;
    const event = { ...doc.events[0]!, place: 'Zambia', placeKey: null };
    expect(eventPlaceKey(places, event)).toBe(zambia.key);
    expect(eventPlaceKey(places, { ...event, place: null })).toBeNull();
  });
});
