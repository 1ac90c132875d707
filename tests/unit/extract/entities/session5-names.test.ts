import { describe, expect, it } from 'vitest';
import { entitiesOf } from '../helpers/entities-doc.ts';

const people = (body: string) => entitiesOf(body).people.map((p) => p.name);
const orgs = (body: string) => entitiesOf(body).organizations.map((o) => o.name);

describe('entities (session 5): signs of a person without a title', () => {
  it("keeps a name set off by commas before its sentence's speech verb", () => {
    expect(people('A local trader, Ravel Ostin, told reporters the road was closed.')).toEqual([
      'Ravel Ostin',
    ]);
  });

  it('keeps a name identified "as" a title', () => {
    expect(people('The court identified Tovar Kessel as head of the cell.')).toEqual(['Tovar Kessel']);
  });

  it('keeps a name after an occupation or condition that is no title', () => {
    expect(people('The band of chess star Ivo Marek played on.')).toEqual(['Ivo Marek']);
    expect(people('Guards freed the hostage Lena Dorn on Friday.')).toEqual(['Lena Dorn']);
  });

  it("keeps the name in a reporter's sign-off line", () => {
    expect(people('The vote was delayed again.\nMore from Lio Varga in Lisbon.')).toEqual(['Lio Varga']);
    expect(people('The vote was delayed again.\nArne Holt at the news bureau in Oslo.')).toEqual([
      'Arne Holt',
    ]);
  });

  it('does not take a name-shaped phrase in a line with a verb for a sign-off', () => {
    expect(people('Crowds gathered near Harbour Gate in Lisbon on Monday.')).toEqual([]);
  });
});

describe('entities (session 5): words opening a sentence that are no part of a name', () => {
  it('reads "Suspected militants" as no organization', () => {
    expect(orgs('Suspected militants attacked a checkpoint on Monday.')).toEqual([]);
  });

  it("drops an everyday modifier opening the sentence from a station's name", () => {
    expect(orgs('Local Tidewater TV reported the blast.')).toEqual(['Tidewater TV']);
  });

  it('keeps a known organization that opens with such a word', () => {
    expect(orgs('Human Rights Watch said the report was true.')).toEqual(['Human Rights Watch']);
  });

  it('reads a function word in capitals as no name, but keeps "US" and "IS"', () => {
    const doc = entitiesOf('The deal with the rebels came IN 2016. The US said IS fighters left.');
    expect(doc.organizations.map((o) => o.name)).toEqual(['IS']);
    expect(doc.places.map((p) => p.key)).toEqual(['country:US']);
  });
});
