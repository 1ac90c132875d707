import { describe, expect, it } from 'vitest';
import { formatExtraction, formatRange } from '../../../src/cli/extraction-summary.ts';
import type { Evidence, Extraction } from '../../../src/extract/types.ts';

const evidence: Evidence = { start: 0, end: 5, sentenceIndex: 0, sentence: 'x' };

function buildExtraction(): Extraction {
  return {
    article: {
      id: 'a-1',
      title: 'Ferry sinks',
      published: '2020-01-05',
      url: null,
      publisher: 'Example News',
    },
    people: [
      {
        key: 'person:tomas lind',
        name: 'Tomas Lind',
        aliases: ['Lind'],
        role: 'harbour master',
        roleOf: { type: 'place', name: 'Norland', key: 'geo:1' },
        isOfficial: true,
        mentions: [],
      },
    ],
    organizations: [
      {
        key: 'org:coast guard',
        name: 'Coast Guard',
        aliases: [],
        kind: 'government',
        country: 'Norland',
        mentions: [],
      },
    ],
    places: [
      {
        key: 'geo:1',
        name: 'Norland',
        aliases: [],
        kind: 'country',
        country: 'Norland',
        countryCode: 'NL',
        lat: 1,
        lon: 2,
        geonameId: 1,
        gazetteerName: null,
        parentKey: null,
        mentions: [],
      },
      {
        key: 'place:cape',
        name: 'North Cape',
        aliases: [],
        kind: 'landmark',
        country: 'Norland',
        countryCode: 'NL',
        lat: null,
        lon: null,
        geonameId: null,
        gazetteerName: null,
        parentKey: 'geo:1',
        mentions: [evidence],
      },
    ],
    statements: [
      {
        key: 'stmt:1',
        kind: 'direct',
        speaker: 'Tomas Lind',
        speakerRef: { type: 'person', name: 'Tomas Lind', key: 'person:tomas lind' },
        quote: 'The fog came down fast',
        place: 'North Cape',
        placeKey: 'place:cape',
        date: '2020-01-05',
        eventKeys: [],
        evidence,
      },
    ],
    events: [
      {
        key: 'event:1',
        type: 'ATTACK',
        date: '2020-01-04',
        place: 'North Cape',
        placeKey: 'place:cape',
        placeAlternatives: ['Norland'],
        country: 'Norland',
        killed: { min: 3, max: null },
        injured: null,
        claimedBy: [],
        deniedBy: [],
        perpetrators: ['gunmen'],
        partOfKey: null,
        summary: 'Gunmen fired on a ferry',
        evidence,
      },
    ],
    casualties: [
      {
        key: 'cas:1',
        eventKey: 'event:1',
        kind: 'killed',
        min: 3,
        max: null,
        group: 'passengers',
        source: { type: 'anonymous', name: 'officials', key: null },
        evidence,
      },
    ],
  };
}

describe('formatRange', () => {
  it('spells out the corpus figure forms', () => {
    expect(formatRange({ min: 83, max: 83 })).toBe('83');
    expect(formatRange({ min: 83, max: null })).toBe('at least 83');
    expect(formatRange({ min: null, max: 178 })).toBe('up to 178');
    expect(formatRange({ min: 14, max: 16 })).toBe('14-16');
    expect(formatRange(null)).toBe('none given');
  });
});

describe('formatExtraction', () => {
  const text = formatExtraction(buildExtraction());

  it('lists people with their role and what it is a role of', () => {
    expect(text).toContain('Tomas Lind - harbour master (of Norland) [official]; also Lind');
  });

  it('lists places with coordinates and their parent chain, marking ones the gazetteer lacks', () => {
    expect(text).toContain('Norland [country] 1.000, 2.000 (enclosing place, not named in the text)');
    expect(text).toContain('North Cape [landmark] in Norland (not in gazetteer)');
  });

  it('lists statements with speaker, place and date, and events with their figures and sources', () => {
    expect(text).toContain('1. Tomas Lind (direct, at North Cape on 2020-01-05): "The fog came down fast"');
    expect(text).toContain(
      '1. ATTACK on 2020-01-04 at North Cape, Norland: killed at least 3, injured none given; carried out by gunmen',
    );
    expect(text).toContain('- killed at least 3 passengers, reported by officials (unnamed)');
  });
});
