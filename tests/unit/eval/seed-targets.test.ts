import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../src/article/read-file.ts';
import { loadResources } from '../../../src/cli/resources.ts';
import { parseAnswerKey } from '../../../src/eval/answer-key.ts';
import { scoreArticle, type Scores } from '../../../src/eval/score.ts';
import { TARGETS } from '../../../src/eval/targets.ts';
import { extract } from '../../../src/extract/pipeline.ts';

// The seed article through the real pipeline and the scorer, held to the targets of issues 3 and 4.
// Nothing here names what the article contains: the answer key is the only expectation.
const SEED = resolve(import.meta.dirname, '../../../fixtures/articles/vice-2016-syria-ceasefire');

let scores: Scores;

beforeAll(async () => {
  const gold = parseAnswerKey(JSON.parse(readFileSync(`${SEED}.json`, 'utf8')), `${SEED}.json`);
  const article = await readArticleFile(`${SEED}.txt`);
  const { resources } = loadResources();
  scores = scoreArticle('seed', gold, parseAnswerKey(extract(article, resources), 'prediction')).scores;
}, 60_000);

// A missing figure (nothing predicted, nothing matched) counts as 0 so that it fails visibly.
const value = (v: number | null): number => v ?? 0;

describe('the seed article, scored against its answer key (issue 3)', () => {
  it('finds the people with F1 >= 0.90', () => {
    expect(value(scores.people.f1)).toBeGreaterThanOrEqual(TARGETS.peopleF1);
  });

  it('finds the organizations with F1 >= 0.90', () => {
    expect(value(scores.organizations.f1)).toBeGreaterThanOrEqual(TARGETS.organizationsF1);
  });

  it('finds the places with F1 >= 0.90', () => {
    expect(value(scores.places.f1)).toBeGreaterThanOrEqual(TARGETS.placesF1);
  });

  it('finds the statements with F1 >= 0.80', () => {
    expect(value(scores.statements.f1)).toBeGreaterThanOrEqual(TARGETS.statementsF1);
  });

  it('gives the quotes it finds the right speaker >= 95% of the time', () => {
    expect(value(scores.statements.speakerAccuracy.value)).toBeGreaterThanOrEqual(TARGETS.speakerAccuracy);
  });
});

describe('the seed article, scored against its answer key (issue 4)', () => {
  it('finds the events with F1 >= 0.85', () => {
    expect(value(scores.events.f1)).toBeGreaterThanOrEqual(TARGETS.eventsF1);
  });

  it('gets the killed figure of matched events exactly right >= 90% of the time', () => {
    expect(value(scores.events.killed.value)).toBeGreaterThanOrEqual(TARGETS.killedAccuracy);
  });

  it('gets the injured figure of matched events exactly right >= 90% of the time', () => {
    expect(value(scores.events.injured.value)).toBeGreaterThanOrEqual(TARGETS.injuredAccuracy);
  });

  it('gets the date of matched events right >= 90% of the time', () => {
    expect(value(scores.events.date.value)).toBeGreaterThanOrEqual(TARGETS.dateAccuracy);
  });
});
