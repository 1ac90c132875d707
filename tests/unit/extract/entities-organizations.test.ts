import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/entities-doc.ts';

describe('entities: organizations', () => {
  it('recognises organizations by their head words, with a kind', () => {
    const doc = entitiesOf(
      'The Ministry of Defense and the Northern Liberation Front traded blame. The Eastern Command denied it.',
    );
    expect(doc.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Ministry of Defense', 'government'],
      ['Northern Liberation Front', 'armed_group'],
      ['Eastern Command', 'military'],
    ]);
  });

  it('takes an acronym in brackets or a "ABC, the Name" apposition as an alias', () => {
    const doc = entitiesOf(
      'The Coastal Defense Forces (CDF) repelled the raid. Later the CDF said two boats sank.',
    );
    expect(doc.organizations).toHaveLength(1);
    expect(doc.organizations[0]?.name).toBe('Coastal Defense Forces');
    expect(doc.organizations[0]?.aliases).toEqual(['CDF']);
    expect(doc.organizations[0]?.mentions).toHaveLength(3);
  });

  it('joins an acronym to the one name it abbreviates, even without brackets', () => {
    const doc = entitiesOf(
      'The Highland Mission in Chad patrolled the border. HMC officers said the road was open.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Highland Mission in Chad']);
    expect(doc.organizations[0]?.aliases).toContain('HMC');
  });

  it('knows well-known organizations by their short forms, in capitals only', () => {
    const doc = entitiesOf(
      'The U.N. said IS fighters left. The town is calm, and the United Nations agreed.',
    );
    const un = doc.organizations.find((o) => o.name === 'United Nations');
    expect(un?.aliases).toEqual(['U.N.']);
    expect(doc.organizations.find((o) => o.kind === 'armed_group')?.name).toBe('IS');
    expect(doc.organizations).toHaveLength(2);
  });

  it('joins a lower-case tail to the bare name ("Islamic State group")', () => {
    const doc = entitiesOf(
      'Islamic State claimed the attack. The Islamic State group said three fighters died.',
    );
    expect(doc.organizations).toHaveLength(1);
    expect(doc.organizations[0]?.aliases).toEqual(['Islamic State group']);
  });

  it('records generic actors as mentions, never as organizations', () => {
    const doc = entitiesOf(
      'Local police and the government said Russian forces and officials were present. A witness agreed.',
    );
    expect(doc.organizations).toEqual([]);
    expect(doc.mentions.filter((m) => m.type === 'generic').map((m) => m.text)).toEqual([
      'Local police',
      'government',
      'Russian forces',
      'officials',
      'A witness',
    ]);
  });

  it('does not take a mass noun used as a modifier for an actor ("a military base", "police spokesman X")', () => {
    const doc = entitiesOf(
      'Rebels shelled a military base. Police spokesman Ali Baraka said the army repelled them.',
    );
    expect(doc.mentions.filter((m) => m.type === 'generic').map((m) => m.text)).toEqual(['Rebels', 'army']);
    expect(doc.people.map((p) => p.role)).toEqual(['Police spokesman']);
  });

  it('names an organization without its lower-case tail, keeping the tailed form as an alias', () => {
    const doc = entitiesOf(
      'Northern Alliance fighters and Taliban insurgents clashed. The Taliban denied losses.',
    );
    expect(doc.organizations.find((o) => o.key === 'org:taliban')).toMatchObject({
      name: 'Taliban',
      aliases: ['Taliban insurgents'],
    });
  });

  it('completes a known name across "in the" ("al-Qaida in the Arabian Peninsula")', () => {
    const doc = entitiesOf('A bombing was claimed by al-Qaida in the Arabian Peninsula on Friday.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['al-Qaida in the Arabian Peninsula']);
    expect(doc.places.filter((p) => p.mentions.length > 0)).toEqual([]);
  });

  it('reads "X gunmen/fighters" as the group X, unless X is a place or a nationality', () => {
    const doc = entitiesOf(
      'Suspected Red Hand gunmen fired on a bus. Kabul fighters and Afghan militants were blamed.',
    );
    expect(doc.organizations.map((o) => [o.name, o.kind])).toEqual([['Red Hand', 'armed_group']]);
  });

  it('joins "and" inside an organization\'s of/for phrase, and takes "known as ABC" as an alias', () => {
    const doc = entitiesOf(
      'The Front for Unity and Renewal, known by its French acronym FUR, said it held the town. FUR fighters left.',
    );
    expect(doc.organizations).toHaveLength(1);
    expect(doc.organizations[0]?.name).toBe('Front for Unity and Renewal');
    expect(doc.organizations[0]?.aliases).toContain('FUR');
  });

  it('reads Arabic and Urdu group openers as armed groups, but not in a town that the gazetteer knows', () => {
    const doc = entitiesOf('Jaish al-Nasr and Harakat-e-Azadi claimed attacks near Jalalabad.');
    expect(doc.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['Jaish al-Nasr', 'armed_group'],
      ['Harakat-e-Azadi', 'armed_group'],
    ]);
  });
});
