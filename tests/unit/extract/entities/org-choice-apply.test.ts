import { describe, expect, it } from 'vitest';
import { entitiesOf, smallGazetteer } from '../helpers/entities-doc.ts';
import { chooseOrganizations } from '../../../../src/extract/entities/org-choice-apply.ts';
import type { Statement } from '../../../../src/extract/types.ts';

// Made-up sentences and names; a hand-set model that drops an organization named once.
const model = { bias: 5, weights: { 'mentions:1': -10 }, threshold: 0.5 };

describe('organisation choice: apply', () => {
  it('drops the organization the model scores low and leaves the others', () => {
    const doc = entitiesOf('The Harbour Relief Committee sent trucks. The Tarvic Front said it held the pass. The Harbour Relief Committee said the road was closed.');
    expect(doc.organizations.map((o) => o.name).sort()).toEqual(['Harbour Relief Committee', 'Tarvic Front']);
    const dropped = chooseOrganizations(doc, model, smallGazetteer());
    expect(dropped).toEqual(['Tarvic Front']);
    expect(doc.organizations.map((o) => o.name)).toEqual(['Harbour Relief Committee']);
  });

  it('turns a speaker that was the dropped organization into an unnamed actor with the same phrase', () => {
    const doc = entitiesOf('The Harbour Relief Committee sent trucks. The Tarvic Front said it held the pass. The Harbour Relief Committee said the road was closed.');
    const front = doc.organizations.find((o) => o.name === 'Tarvic Front')!;
    const committee = doc.organizations.find((o) => o.name === 'Harbour Relief Committee')!;
    const statement = (name: string, key: string): Statement => ({
      key: `stmt:${name}`, kind: 'indirect', speaker: name, speakerRef: { type: 'organization', name, key },
      quote: 'it held the pass', place: null, placeKey: null, date: null, eventKeys: [], evidence: front.mentions[0]!,
    });
    doc.statements = [statement(front.name, front.key), statement(committee.name, committee.key)];
    chooseOrganizations(doc, model, smallGazetteer());
    expect(doc.statements.map((s) => [s.speaker, s.speakerRef])).toEqual([
      ['Tarvic Front', { type: 'anonymous', name: 'Tarvic Front', key: null }],
      ['Harbour Relief Committee', { type: 'organization', name: 'Harbour Relief Committee', key: committee.key }],
    ]);
    expect(doc.mentions.some((m) => m.entityKey === front.key)).toBe(false);
  });

  it('changes nothing when every organization scores above the threshold', () => {
    const doc = entitiesOf('The Harbour Relief Committee sent trucks. The Harbour Relief Committee said the road was closed.');
    const before = JSON.stringify(doc.organizations);
    expect(chooseOrganizations(doc, model, smallGazetteer())).toEqual([]);
    expect(JSON.stringify(doc.organizations)).toBe(before);
  });
});
