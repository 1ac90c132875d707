import { describe, expect, it } from 'vitest';
import { entitiesOf, smallGazetteer } from '../helpers/entities-doc.ts';
import { applyExtensions, orgExtensions, tokenEnds } from '../../../../src/extract/entities/org-choice-extension.ts';
import { createDoc } from '../../../../src/extract/doc.ts';
import { splitSentences } from '../../../../src/extract/sentences.ts';
import { findEntities } from '../../../../src/extract/entities/index.ts';
import { buildGazetteer } from '../../../../src/gazetteer/build.ts';
import { loadCountries } from '../../../../src/gazetteer/load.ts';
import { citySource } from '../../gazetteer/city-source.ts';

/** A made-up town in a made-up province, so no corpus place appears in the test. */
const townGazetteer = buildGazetteer(
  loadCountries(),
  [{ countryCode: 'IS', code: '99', name: 'Norvale', lat: 64.1, lon: -21.9 }],
  [citySource(990001, 'Velmora', 'IS', '99', 'PPLA', 250000, 64.1, -21.9)],
);

// Made-up sentences and names only.
describe('organisation choice: name extensions', () => {
  it('offers each capitalised stopping point after a possessive, and sees a listed organization in the tail', () => {
    const doc = entitiesOf("Officers of the Norland Relief Agency's Water Office said the wells were dry. The Water Office gave no figures.");
    const xs = orgExtensions(doc, smallGazetteer(), tokenEnds(doc));
    expect(xs.map((x) => x.name)).toEqual(["Norland Relief Agency's Water", "Norland Relief Agency's Water Office"]);
    const full = xs[1]!;
    expect(full.tail).toBe('Water Office');
    expect(full.features.get('link:possessive')).toBe(1);
    expect(full.features.get('tail:listed-org')).toBe(1);
    expect(full.features.get('after:speech')).toBe(1);
    expect(xs[0]!.features.get('after:capital')).toBe(1);
  });

  it('marks a tail that is a place', () => {
    const doc = createDoc({ id: 't', title: 'T', body: 'The Tarvic Front said it held the pass. The Tarvic Front in Velmora denied it.', published: '2021-05-04', url: null, publisher: null });
    splitSentences(doc);
    findEntities(doc, { gazetteer: townGazetteer });
    const [x] = orgExtensions(doc, townGazetteer, tokenEnds(doc));
    expect(x?.name).toBe('Tarvic Front in Velmora');
    expect(x?.features.get('tail:is-place')).toBe(1);
    expect(x?.features.get('link:in')).toBe(1);
  });

  it('renames to the extended form, keeps the old name as an alias and absorbs the listed tail', () => {
    const doc = entitiesOf("Officers of the Norland Relief Agency's Water Office said the wells were dry. The Water Office gave no figures.");
    const xs = orgExtensions(doc, smallGazetteer(), tokenEnds(doc));
    const kept = applyExtensions(doc.organizations, [xs[1]!]);
    expect(kept.map((o) => [o.name, o.aliases])).toEqual([["Norland Relief Agency's Water Office", ['Norland Relief Agency', 'Water Office']]]);
    expect(kept[0]!.mentions).toHaveLength(3);
  });
});
