import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../../src/extract/doc.ts';
import { splitSentences } from '../../../../src/extract/sentences.ts';
import { findEntities } from '../../../../src/extract/entities/index.ts';
import { buildGazetteer } from '../../../../src/gazetteer/build.ts';
import { loadCountries } from '../../../../src/gazetteer/load.ts';

/** A gazetteer with one made-up province whose name ends in an organisation word ("Bank"). */
const gazetteer = buildGazetteer(loadCountries(), [{ countryCode: 'NO', code: '99', name: 'Eastern Bank', lat: 60, lon: 10 }], []);

function entities(body: string) {
  const doc = createDoc({ id: 't', title: 'T', body, published: '2021-05-04', url: null, publisher: null });
  splitSentences(doc);
  findEntities(doc, { gazetteer });
  return doc;
}

describe('entities (session 4): a gazetteer unit named like an institution', () => {
  it('reads a province the gazetteer has under the whole name as a place, not an organization', () => {
    const doc = entities('Farmers in the Eastern Bank planted rice this week.');
    expect(doc.organizations.map((o) => o.name)).not.toContain('Eastern Bank');
    expect(doc.places.map((p) => p.name)).toContain('Eastern Bank');
  });

  it('still reads a name with an organisation head and no gazetteer entry as an organization', () => {
    const doc = entities('The Harbour Bank said its branches were closed.');
    expect(doc.organizations.map((o) => o.name)).toContain('Harbour Bank');
  });
});

describe('entities (session 4): an acronym of a phrase that names no organization', () => {
  it('is no organization ("the Line of Separation ... the LOS")', () => {
    const doc = entities('Shelling along the Line of Separation hit two villages. Troops on the LOS were put on alert.');
    expect(doc.organizations.map((o) => o.name)).not.toContain('LOS');
  });

  it('still is one when the phrase has an organisation head ("Harbour Defence Force ... HDF")', () => {
    const doc = entities('Troops of the Harbour Defence Force fought the raiders. The HDF said two soldiers died.');
    const names = doc.organizations.flatMap((o) => [o.name, ...o.aliases]);
    expect(names).toContain('HDF');
  });
});
