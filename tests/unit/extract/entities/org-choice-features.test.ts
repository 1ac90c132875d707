import { describe, expect, it } from 'vitest';
import { entitiesOf, smallGazetteer } from '../helpers/entities-doc.ts';
import { orgChoiceFeatures, tokenStarts } from '../../../../src/extract/entities/org-choice-features.ts';
import type { Doc } from '../../../../src/extract/doc.ts';
import type { Features } from '../../../../src/extract/events/logistic.ts';

// Made-up sentences and names only.
function featuresOf(doc: Doc, name: string): Features {
  const org = doc.organizations.find((o) => o.name === name);
  if (org === undefined) throw new Error(`no organization ${name} in ${doc.organizations.map((o) => o.name).join(', ')}`);
  return orgChoiceFeatures(doc, org, smallGazetteer(), tokenStarts(doc));
}

describe('organisation choice: features', () => {
  it('reads a speaker after the name and counts the mentions', () => {
    const doc = entitiesOf('The Harbour Relief Committee said the road was closed. The Harbour Relief Committee sent trucks on Monday.');
    const f = featuresOf(doc, 'Harbour Relief Committee');
    expect(f.get('mentions:2')).toBe(1);
    expect(f.get('ctx:speech-after')).toBe(0.5);
    expect(f.get('ctx:after-the')).toBe(1);
    expect(f.get('head:government')).toBe(1);
    expect(f.get('tokens:3')).toBe(1);
    expect(f.has('shape:acronym')).toBe(false);
  });

  it('marks an acronym alias and the "according to" source', () => {
    const doc = entitiesOf('According to the Norland Defence League (NDL), nine people died. The NDL gave no names.');
    const f = featuresOf(doc, 'Norland Defence League');
    expect(f.get('alias:acronym')).toBe(1);
    expect(f.get('ctx:according-to')).toBeGreaterThan(0);
  });

  it('gives a country name before an organization head word its shape, never the words themselves', () => {
    const doc = entitiesOf('Troops of the Iceland Ministry of Defence moved north. Witnesses said the Ministry shelled the road.');
    const org = doc.organizations[0];
    expect(org).toBeDefined();
    const f = orgChoiceFeatures(doc, org!, smallGazetteer(), tokenStarts(doc));
    expect(f.get('first:country')).toBe(1);
    for (const name of f.keys()) expect(name).not.toMatch(/iceland|defence/i);
  });

  it('sees a name held inside another listed name and a link to a capitalised word after it', () => {
    const doc = entitiesOf('The Tarvic Front said it held the pass. Fighters of the Tarvic Front of Lomar moved in.');
    const org = doc.organizations.find((o) => o.name === 'Tarvic Front of Lomar');
    expect(org).toBeDefined();
    // A second, longer listed name holding this one (as when the rules keep two forms apart).
    doc.organizations.push({ ...org!, key: 'org:test', name: 'Tarvic Front of Lomar Council', aliases: [] });
    const f = orgChoiceFeatures(doc, org!, smallGazetteer(), tokenStarts(doc));
    expect(f.get('list:inside-other')).toBe(1);
    expect(f.has('list:holds-other')).toBe(false);
    const plain = entitiesOf('The Tarvic Front of Lomar moved in. The Tarvic Front of Lomar in Darrow said so.');
    expect(featuresOf(plain, 'Tarvic Front of Lomar').get('ctx:link-capital-after')).toBe(0.5);
  });
});

describe('organisation choice: shape features', () => {
  it('reads an adjective standing for a group, with its lower-case form as an alias', () => {
    const doc = entitiesOf('Suspected Varnist rebels attacked the post. The Varnists fled.');
    const org = doc.organizations.find((o) => o.name.startsWith('Varnist'));
    expect(org).toBeDefined();
    const f = orgChoiceFeatures(doc, { ...org!, name: 'Varnist', aliases: ['Varnist rebels'] }, smallGazetteer(), tokenStarts(doc));
    expect(f.get('shape:adjective-name')).toBe(1);
    expect(f.get('alias:lower-tail')).toBe(1);
  });

  it('marks a country before an organisation word and a language desk', () => {
    const doc = entitiesOf('Iceland television said nine people died. The Harbour Relief Committee said so too.');
    const org = doc.organizations[0]!;
    const f = orgChoiceFeatures(doc, { ...org, name: 'Iceland television' }, smallGazetteer(), tokenStarts(doc));
    expect(f.get('gaz:modifier-country')).toBe(1);
    const desk = orgChoiceFeatures(doc, { ...org, name: 'Pashto Service' }, smallGazetteer(), tokenStarts(doc));
    expect(desk.get('head:service')).toBe(1);
    expect(desk.has('gaz:modifier-country')).toBe(false);
  });
});
