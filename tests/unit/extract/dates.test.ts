import { describe, expect, it } from 'vitest';
import { findDateInSpan, findDateMentions, resolveDateExpression } from '../../../src/extract/dates.ts';
import { createDoc } from '../../../src/extract/doc.ts';

// 2019-03-13 is a Wednesday.
const WED = '2019-03-13';

describe('dates: weekdays', () => {
  it('reads "on Friday" as the most recent Friday on or before publication', () => {
    expect(resolveDateExpression('The talks ended on Friday.', WED)).toBe('2019-03-08');
  });
  it('reads the publication weekday itself as the publication day', () => {
    expect(resolveDateExpression('The mayor spoke on Wednesday.', WED)).toBe('2019-03-13');
  });
  it('reads "last Wednesday" as the one strictly before publication', () => {
    expect(resolveDateExpression('He was seen last Wednesday.', WED)).toBe('2019-03-06');
  });
  it('reads "late Tuesday", "Tuesday night" and a possessive weekday', () => {
    expect(resolveDateExpression('A mortar hit the market late Tuesday.', WED)).toBe('2019-03-12');
    expect(resolveDateExpression('Gunfire was heard Tuesday night.', WED)).toBe('2019-03-12');
    expect(resolveDateExpression("Monday's raid left the town empty.", WED)).toBe('2019-03-11');
  });
  it('reads "next Saturday" as the first Saturday after publication', () => {
    expect(resolveDateExpression('Voting starts next Saturday.', WED)).toBe('2019-03-16');
  });
});

describe('dates: days relative to publication', () => {
  it('reads yesterday, today and "two days ago"', () => {
    expect(resolveDateExpression('The bridge collapsed yesterday.', WED)).toBe('2019-03-12');
    expect(resolveDateExpression('The court rules today.', WED)).toBe('2019-03-13');
    expect(resolveDateExpression('It happened two days ago.', WED)).toBe('2019-03-11');
  });
});

describe('dates: calendar dates', () => {
  it('reads month-day with and without a year, and day-month', () => {
    expect(resolveDateExpression('Signed on March 2, 2011 in the capital.', WED)).toBe('2011-03-02');
    expect(resolveDateExpression('Signed Jan. 7, 2018.', WED)).toBe('2018-01-07');
    expect(resolveDateExpression('Signed on March 2.', WED)).toBe('2019-03-02');
    expect(resolveDateExpression('Signed on 2 March.', WED)).toBe('2019-03-02');
    expect(resolveDateExpression('Signed 4th of March 2017.', WED)).toBe('2017-03-04');
  });
  it('puts a yearless date that would fall well after publication in the year before', () => {
    expect(resolveDateExpression('The siege began on November 20.', WED)).toBe('2018-11-20');
  });
  it('rejects impossible days', () => {
    expect(resolveDateExpression('on February 30', WED)).toBeNull();
  });
});

describe('dates: expressions without a day', () => {
  it('gives a month but no day for "in October" and "earlier this month"', () => {
    const [oct] = findDateMentions('Fighting resumed in October.', WED);
    expect(oct).toMatchObject({ kind: 'month', month: '2018-10', iso: null });
    const [early] = findDateMentions('The envoy visited earlier this month.', WED);
    expect(early).toMatchObject({ kind: 'month', month: '2019-03', iso: null });
    expect(resolveDateExpression('Fighting resumed in October.', WED)).toBeNull();
  });
  it('keeps an explicit year on a month', () => {
    expect(findDateMentions('The base was built in June 2004.', WED)[0]).toMatchObject({ kind: 'month', month: '2004-06' });
  });
  it('marks "hours after" and "hours before" as anchored to another event', () => {
    expect(findDateMentions('The blast came a few hours after the vote.', WED)[0]).toMatchObject({ kind: 'anchor', relation: 'after' });
    expect(findDateMentions('hours before the leader spoke', WED)[0]).toMatchObject({ kind: 'anchor', relation: 'before' });
  });
  it('gives no day for "last week"', () => {
    expect(findDateMentions('They met last week.', WED)[0]).toMatchObject({ kind: 'vague' });
    expect(resolveDateExpression('They met last week.', WED)).toBeNull();
  });
  it('gives no day without a publication date', () => {
    expect(resolveDateExpression('on Friday', null)).toBeNull();
    expect(resolveDateExpression('on March 2, 2011', null)).toBe('2011-03-02');
  });
});

describe('dates: findDateInSpan', () => {
  it('returns offsets into the document text and searches only the span', () => {
    const body = 'Rebels shelled the port on Monday. Talks resume on Thursday.';
    const doc = createDoc({ id: 'a', title: 't', body, published: WED, url: null, publisher: null });
    const second = body.indexOf('Talks');
    const found = findDateInSpan(doc, second, body.length);
    expect(found).toMatchObject({ kind: 'day', iso: '2019-03-07', text: 'Thursday' });
    expect(body.slice(found!.start, found!.end)).toBe('Thursday');
    expect(findDateInSpan(doc, 0, 6)).toBeNull();
  });
});

describe('dates: spans that name no single day', () => {
  it('gives no day for "Saturday night or early Sunday"', () => {
    expect(findDateMentions('The post was overrun Saturday night or early Sunday morning.', WED)[0]).toMatchObject({ kind: 'vague' });
    expect(resolveDateExpression('The post was overrun Saturday night or early Sunday morning.', WED)).toBeNull();
  });
  it('gives no day for "two months ago" or "a few weeks ago"', () => {
    expect(resolveDateExpression('They were seized two months ago.', WED)).toBeNull();
    expect(findDateMentions('The raid came a few weeks ago.', WED)[0]).toMatchObject({ kind: 'vague' });
  });
  it('reads "one week ago" as seven days back, "more than a week ago" as no day', () => {
    expect(resolveDateExpression('The commander died in a strike one week ago.', WED)).toBe('2019-03-06');
    expect(resolveDateExpression('He was killed more than a week ago.', WED)).toBeNull();
  });
});

describe('dates: the night before publication and the weekend', () => {
  it('reads a bare "overnight" or "in the early hours" as the publication day', () => {
    expect(resolveDateExpression('Rebels shelled the port overnight.', WED)).toBe(WED);
    expect(resolveDateExpression('Gunmen struck in the early hours, police said.', WED)).toBe(WED);
  });
  it('lets a weekday next to "overnight" win', () => {
    expect(resolveDateExpression('Rebels shelled the port overnight Saturday.', WED)).toBe('2019-03-09');
  });
  it('gives no day for "over the weekend"', () => {
    expect(findDateMentions('The village was raided over the weekend.', WED)[0]).toMatchObject({ kind: 'vague' });
  });
});
