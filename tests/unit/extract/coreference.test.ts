import { describe, expect, it } from 'vitest';
import { entityAt, resolveName, resolvePronoun } from '../../../src/extract/entities/resolve.ts';
import { entitiesOf } from './helpers/entities-doc.ts';

describe('entities: coreference helpers', () => {
  const body =
    'Foreign Minister Hana Lund met Victor Osei in Kabul. She said the talks were useful. ' +
    'Local doctors said the wounded were stable. They said two were critical. ' +
    'The Coastal Defense Forces (CDF) said it had sealed the port.';
  const doc = entitiesOf(body);

  it('resolves surnames, titled forms and aliases to the canonical entity', () => {
    expect(resolveName(doc, 'Lund')).toEqual({ type: 'person', name: 'Hana Lund', key: 'person:hana lund' });
    expect(resolveName(doc, 'Minister Lund')?.name).toBe('Hana Lund');
    expect(resolveName(doc, 'CDF')?.name).toBe('Coastal Defense Forces');
    expect(resolveName(doc, 'Kabul')?.type).toBe('place');
    expect(resolveName(doc, 'Nobody')).toBeNull();
  });

  it('gives a person pronoun the subject of the sentence before', () => {
    expect(resolvePronoun(doc, body.indexOf('She'))?.name).toBe('Hana Lund');
  });

  it('gives "they" and "it" the nearest unnamed actor or organization', () => {
    expect(resolvePronoun(doc, body.indexOf('They'))).toEqual({
      type: 'anonymous',
      name: 'Local doctors',
      key: null,
    });
    expect(resolvePronoun(doc, body.indexOf(' it ') + 1)?.name).toBe('Coastal Defense Forces');
  });

  it('finds the entity whose mention covers an offset', () => {
    expect(entityAt(doc, body.indexOf('Osei'))?.name).toBe('Victor Osei');
    expect(entityAt(doc, body.indexOf('talks'))).toBeNull();
  });
});
