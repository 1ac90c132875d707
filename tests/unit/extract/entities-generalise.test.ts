import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers/entities-doc.ts';

// Round 3 (generalisation): mechanisms that replaced or loosened narrow rules. Made-up sentences.
describe('entities: general organization mechanisms', () => {
  it('reads a plural head word as the singular one: the name is an organization, not a person', () => {
    const doc = entitiesOf(
      'The Village Defence Committees said the road was open. The Coastal Ministries agreed.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual([
      'Village Defence Committees',
      'Coastal Ministries',
    ]);
    expect(doc.people).toEqual([]);
  });

  it('does not make a sentence-opening plural head into a body ("Authorities in X")', () => {
    const doc = entitiesOf('Authorities in Chad said two lorries burned.');
    expect(doc.organizations).toEqual([]);
  });
});

describe('entities: a bare "<organization> mission" is the organization that sends it', () => {
  it('makes "the EU mission" a form of the European Union when no full mission name is given', () => {
    const doc = entitiesOf('The EU mission said the port was shelled. The European Union asked for calm.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['European Union']);
    expect(doc.organizations[0]?.aliases).toContain('EU mission');
  });

  it('names the sender when the text gives only the bare mission', () => {
    const doc = entitiesOf('An African Union monitoring mission counted the dead.');
    expect(doc.organizations.map((o) => [o.name, o.kind])).toEqual([['African Union', 'international']]);
  });
});

describe('entities: a country possessive before an organization', () => {
  it('adds the possessive form as an alias ("South Sudan\'s Interior Ministry")', () => {
    const doc = entitiesOf("South Sudan's Interior Ministry said the bridge was closed.");
    expect(doc.organizations.map((o) => o.name)).toEqual(['Interior Ministry']);
    expect(doc.organizations[0]?.aliases).toEqual(["South Sudan's Interior Ministry"]);
  });

  it("keeps a country's own council apart from the international body of the same short name", () => {
    const doc = entitiesOf(
      "The U.N. Security Council met on Monday. Chile's Security Council said it would reply.",
    );
    expect(doc.organizations.map((o) => [o.name, o.kind])).toEqual([
      ['U.N. Security Council', 'international'],
      ['Security Council', 'government'],
    ]);
    expect(doc.organizations[1]?.aliases).toEqual(["Chile's Security Council"]);
  });
});

describe('entities: an unlisted group named first with a lower-case tail', () => {
  it('reads its later bare uses as the same organization, not a second one or a person', () => {
    const doc = entitiesOf(
      'Mukaba rebels attacked the post on Monday. Mukaba said it held the bridge. Mukaba rebels later withdrew.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Mukaba']);
    expect(doc.organizations[0]?.aliases).toEqual(['Mukaba rebels']);
    expect(doc.organizations[0]?.mentions).toHaveLength(3);
    expect(doc.people).toEqual([]);
  });
});

describe('entities: news organizations by how the text uses an unknown name', () => {
  const news = (text: string): string[] =>
    entitiesOf(text)
      .organizations.filter((o) => o.kind === 'news_agency')
      .map((o) => o.name);

  it('reads names in a credit line as news organizations', () => {
    expect(
      news('Two lorries burned. Parts of this report were provided by Lumora, Vexal and Norden.'),
    ).toEqual(['Lumora', 'Vexal', 'Norden']);
  });

  it('reads a name that reports, or whose reporter or tally follows, as a news organization', () => {
    expect(news('Lumora reported that the road was shut.')).toEqual(['Lumora']);
    expect(news('A Vexal reporter saw the smoke. The toll rose, according to a Norden count.')).toEqual([
      'Vexal',
      'Norden',
    ]);
  });

  it('does not take a noun use of "reports" or a plain "by" phrase for a news source', () => {
    expect(news('Conflicting reports came in. The bridge was built by Lumora in spring.')).toEqual([]);
  });
});

describe('entities: an acronym set off right after an organization name', () => {
  it('joins "Name - the ABC -" and "Name, or ABC," even when the letters do not match', () => {
    const doc = entitiesOf(
      'Fighters of the Northern Liberation Front - the MLN - held the pass. Later the MLN withdrew.',
    );
    expect(doc.organizations.map((o) => o.name)).toEqual(['Northern Liberation Front']);
    expect(doc.organizations[0]?.aliases).toEqual(['MLN']);
    const other = entitiesOf(
      'The Coastal Workers Union, or SOTC, called a strike. SOTC said it would march.',
    );
    expect(other.organizations.map((o) => [o.name, o.aliases])).toEqual([
      ['Coastal Workers Union', ['SOTC']],
    ]);
  });
});

describe('entities: a "<Name>-led coalition" keeps its noun', () => {
  it('names the coalition by the whole phrase, not by the compound adjective', () => {
    const doc = entitiesOf('A Chile-led coalition said it had struck the depot.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['Chile-led coalition']);
  });
});
