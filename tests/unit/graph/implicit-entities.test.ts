import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/graph/entity-resolution.ts';
import { withImplicitEntities } from '../../../src/graph/implicit-entities.ts';
import { buildArticle, buildExtraction } from '../../support/build-extraction.ts';

const body = 'Mendoza said the road was closed. Later Mendoza added that aid was coming, the Relief Board said.';
const article = buildArticle({ url: 'https://example.invalid/implicit', body });

describe('withImplicitEntities', () => {
  const extraction = buildExtraction(article, {
    statements: [
      { quote: 'the road was closed', kind: 'indirect', speakerRef: { type: 'person', name: 'Mendoza', key: null } },
      { quote: 'aid was coming', kind: 'indirect', speakerRef: { type: 'organization', name: 'Relief Board', key: null } },
      { quote: 'aid', kind: 'indirect', speakerRef: { type: 'anonymous', name: 'witnesses', key: null } },
    ],
  });
  const full = withImplicitEntities(extraction, body);

  it('turns an unlisted named speaker into a person or organization with its mentions in the body', () => {
    expect(full.people.map((p) => [p.name, p.mentions.map((m) => m.start)])).toEqual([['Mendoza', [0, 40]]]);
    expect(full.organizations.map((o) => o.name)).toEqual(['Relief Board']);
    expect(full.statements[0]?.speakerRef.key).toBe(full.people[0]?.key);
  });

  it('leaves anonymous speakers anonymous', () => {
    expect(full.statements[2]?.speakerRef).toEqual({ type: 'anonymous', name: 'witnesses', key: null });
  });

  it('lets the implicit person resolve to a known full name', () => {
    const r = resolveEntities(full, [
      { id: 'person:ana mendoza', label: 'Person', name: 'Ana Mendoza', nameKeys: ['ana mendoza', 'mendoza'], countryCode: null, kind: null },
    ]);
    expect(r.get(full.people[0]?.key ?? '')).toBe('person:ana mendoza');
  });
});
