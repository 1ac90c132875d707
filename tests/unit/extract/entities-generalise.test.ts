import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/entities-doc.ts';

// Round 3 (generalisation): mechanisms that replaced or loosened narrow rules. Made-up sentences.
describe('entities: general organization mechanisms', () => {
  it('reads a plural head word as the singular one: the name is an organization, not a person', () => {
    const doc = entitiesOf(
      'The Village Defence Committees said the road was open. The Coastal Ministries agreed.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Village Defence Committees', 'Coastal Ministries']);
    expect(doc.people).toEqual([]);
  });

  it('does not make a sentence-opening plural head into a body ("Authorities in X")', () => {
    const doc = entitiesOf('Authorities in Chad said two lorries burned.');
    expect(doc.organizations).toEqual([]);
  });
});
