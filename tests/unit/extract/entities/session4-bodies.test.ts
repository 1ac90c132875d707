import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers/entities-doc.ts';

const names = (body: string, kind: 'people' | 'organizations'): string[] => entitiesOf(body)[kind].map((e) => e.name);

describe('entities (session 4): a name after "the" that only looks like a person', () => {
  it('is a body when it ends in a plural noun ("the Harbour Falcons")', () => {
    const body = 'Fighting between the army and the Harbour Falcons went on for a week.';
    expect(names(body, 'people')).not.toContain('Harbour Falcons');
    expect(names(body, 'organizations')).toContain('Harbour Falcons');
  });

  it('is a body when it speaks ("The Daily Courier reported")', () => {
    const body = 'The Daily Courier reported that a whole platoon was lost.';
    expect(names(body, 'people')).toEqual([]);
    expect(names(body, 'organizations')).toContain('Daily Courier');
  });

  it('stays a person without the article ("Mara Quell reported")', () => {
    expect(names('Mara Quell reported that a whole platoon was lost.', 'people')).toContain('Mara Quell');
  });

  it('leaves a singular thing after "the" alone ("the Iron Shield")', () => {
    const body = 'Rockets were stopped by the Iron Shield over the town.';
    expect(names(body, 'organizations')).not.toContain('Iron Shield');
  });
});

describe('entities (session 4): the last word of such a body alone', () => {
  it('is no person\'s surname ("the Harbour Falcons ... The Falcons deny")', () => {
    const body = 'Blame fell on the Harbour Falcons after the raid. The Falcons deny any part in it.';
    expect(entitiesOf(body).people).toEqual([]);
  });
});

describe('entities (session 4): a group named in the singular and in the plural', () => {
  it('is one organization named in the plural ("Kelvanist rebels ... the Kelvanists")', () => {
    const doc = entitiesOf('Suspected Kelvanist rebels attacked a post. The king urged the Kelvanists to talk.');
    const groups = doc.organizations.filter((o) => /Kelvanist/.test(o.name));
    expect(groups.map((o) => o.name)).toEqual(['Kelvanists']);
    expect(groups[0]?.aliases).toContain('Kelvanist rebels');
  });
});
