import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers/entities-doc.ts';

const orgNames = (body: string) => entitiesOf(body).organizations.map((o) => o.name);

describe("entities (session 5): a broadcaster's language desk", () => {
  it('reads a broadcaster and a language as one organization ("BBC Pashto")', () => {
    expect(orgNames('A farmer told BBC Pashto that the road was closed.')).toEqual(['BBC Pashto']);
  });

  it('joins the region a desk broadcasts to ("BBC Portuguese to Africa")', () => {
    expect(orgNames('The mayor told BBC Portuguese to Africa the town was calm.')).toEqual([
      'BBC Portuguese to Africa',
    ]);
  });

  it('keeps a possessive desk named with "Service" whole, with the desk alone as alias', () => {
    const [desk, ...rest] = entitiesOf(
      "A farmer described the flood to Xinhua's Central Asia Service.",
    ).organizations;
    expect(rest).toEqual([]);
    expect(desk?.name).toBe("Xinhua's Central Asia Service");
    expect(desk?.aliases).toContain('Central Asia Service');
  });

  it('leaves "the BBC\'s Urdu service" as the broadcaster when no desk of that name is written', () => {
    expect(orgNames("A witness told the BBC's Urdu service that shots were fired.")).toEqual(['BBC']);
  });

  it('reads a lower-case "service" as the desk when the text also names it with a capital', () => {
    const doc = entitiesOf(
      "A trader told BBC's Swahili service that the market burned. BBC's Swahili Service contributed to this report.",
    );
    expect(doc.organizations).toHaveLength(1);
    const [desk] = doc.organizations;
    expect([desk?.name, ...(desk?.aliases ?? [])]).toEqual(
      expect.arrayContaining(["BBC's Swahili service", "BBC's Swahili Service"]),
    );
  });

  it('does not make a desk of a broadcaster before a nationality and a noun ("AP Polish officials")', () => {
    expect(orgNames('The AP Polish officials said nothing.')).not.toContain('AP Polish');
  });
});
