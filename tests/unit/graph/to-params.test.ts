import { describe, expect, it } from 'vitest';
import { resolveEntities } from '../../../src/graph/entity-resolution.ts';
import { toParams } from '../../../src/graph/to-params.ts';
import { buildArticle, buildExtraction } from '../../support/build-extraction.ts';

const body =
  'A car bomb in Riverton killed 9 people, police said. The Example Front claimed it. ' +
  'Jane Doe, the interior minister, said "we will respond". Doe spoke in Riverton.';
const article = buildArticle({ url: 'https://example.invalid/to-params', body });
const record = { ...article, textHash: 'hash-1' };

const extraction = buildExtraction(article, {
  people: [
    { name: 'Jane Doe', role: 'interior minister', isOfficial: true, roleOf: { type: 'place', name: 'Examplia', key: 'geo:1' } },
    { name: 'Doe' },
  ],
  organizations: [{ name: 'Example Front', kind: 'armed_group' }],
  places: [
    { name: 'Examplia', geonameId: 1, kind: 'country', countryCode: 'EX', mentions: [] },
    { name: 'Riverton', geonameId: 2, parentKey: 'geo:1', countryCode: 'EX', lat: 1.5, lon: 2.5 },
  ],
  events: [{ type: 'CAR_BOMBING', placeKey: 'geo:2', place: 'Riverton', killed: { min: 9, max: 9 }, claimedBy: ['Example Front'], perpetrators: ['gunmen'] }],
  casualties: [{ eventKey: 'event:1', kind: 'killed', min: 9, max: 9, source: { type: 'anonymous', name: 'police', key: null } }],
  statements: [{ quote: 'we will respond', speakerRef: { type: 'person', name: 'Jane Doe', key: 'person:jane doe' }, eventKeys: ['event:1'], place: 'Riverton' }],
});

describe('toParams', () => {
  const params = toParams(record, extraction, resolveEntities(extraction, []));

  it('gives facts ids under the article id and entities ids from names or gazetteer ids', () => {
    expect(params.events[0]?.id).toBe(`${article.id}/event:1`);
    expect(params.casualties[0]?.id).toBe(`${article.id}/cas:1`);
    expect(params.statements[0]?.id).toBe(`${article.id}/stmt:1`);
    expect(params.places.map((p) => p.id)).toEqual(['geo:1', 'geo:2']);
    expect(params.organizations.map((o) => o.id)).toEqual(['org:example front']);
  });

  it('folds a surname-only person into the full-name row of the same article, mentions combined', () => {
    expect(params.people).toHaveLength(1);
    const jane = params.people[0];
    expect(jane?.id).toBe('person:jane doe');
    expect(jane?.aliases).toContain('Doe');
    expect(jane?.mention.count).toBe(2);
    expect(jane?.isOfficial).toBe(true);
  });

  it('links actors to the article entities by name, and unknown actors to article-local anonymous nodes', () => {
    expect(params.actorEdges).toContainEqual({ eventId: `${article.id}/event:1`, actorId: 'org:example front', rel: 'CLAIMED' });
    const gunmen = params.actorEdges.find((e) => e.rel === 'CARRIED_OUT');
    expect(gunmen?.actorId).toBe(`${article.id}/anon:gunmen`);
    expect(params.casualties[0]?.sourceId).toBe(`${article.id}/anon:police`);
    expect(params.anonymous.map((a) => a.id).sort()).toEqual([`${article.id}/anon:gunmen`, `${article.id}/anon:police`]);
  });

  it('points events, statements and roles at resolved places and people', () => {
    expect(params.events[0]?.placeId).toBe('geo:2');
    expect(params.statements[0]?.speakerId).toBe('person:jane doe');
    expect(params.statements[0]?.placeId).toBe('geo:2');
    expect(params.statements[0]?.eventIds).toEqual([`${article.id}/event:1`]);
    expect(params.roles).toEqual([{ personId: 'person:jane doe', targetId: 'geo:1', title: 'interior minister' }]);
    expect(params.places.find((p) => p.id === 'geo:2')?.parentId).toBe('geo:1');
  });

  it('lists enclosing places before the places inside them, so locks are taken in one order', () => {
    const nested = buildExtraction(article, {
      places: [
        { name: 'Riverton', geonameId: 2, parentKey: 'admin1:EX.01', countryCode: 'EX' },
        { name: 'North', key: 'admin1:EX.01', kind: 'admin1', parentKey: 'country:EX', countryCode: 'EX' },
        { name: 'Examplia', key: 'country:EX', kind: 'country', countryCode: 'EX' },
      ],
    });
    const rows = toParams(record, nested, resolveEntities(nested, [])).places;
    expect(rows.map((p) => p.id)).toEqual(['country:EX', 'admin1:EX.01', 'geo:2']);
  });

  it('carries the hash and the publication date of the article', () => {
    expect(params.article).toMatchObject({ id: article.id, textHash: 'hash-1', publishedAt: '2020-01-02' });
    expect(params.places.find((p) => p.id === 'geo:1')?.mention.count).toBe(0);
  });
});
