import { describe, expect, it, vi } from 'vitest';
import { run } from '../../../src/cli/eval.ts';
import { UserInputError } from '../../../src/errors.ts';
import { scoreAgainst } from '../../../src/eval/agreement.ts';
import { evaluateCorpus, readCorpus } from '../../../src/eval/corpus.ts';
import type { Extraction } from '../../../src/extract/types.ts';
import { useTempDir } from '../article/temp-dir.ts';

const tmp = useTempDir();

const gold = {
  id: 'ferry',
  meta: { title: 'Ferries collide', published: '2020-01-06', url: null, publisher: 'Example News' },
  people: [{ name: 'Tomas Lind', aliases: ['Lind'], role: 'harbour master' }],
  organizations: [{ name: 'Coast Guard', aliases: [] }],
  places: [{ name: 'North Cape', aliases: [], country: 'Norland' }],
  statements: [
    { speaker: 'Tomas Lind', kind: 'direct', quote: 'The fog came down fast', place: null, date: null },
  ],
  events: [],
};
const TEXT = `Ferries collide\n\nTwo ferries collided off North Cape on Sunday. "The fog came down fast," harbour master Tomas Lind said.`;

function writeCorpus(): string {
  tmp.write('corpus/ferry.txt', TEXT);
  tmp.write('corpus/ferry.json', JSON.stringify(gold));
  tmp.write('corpus/orphan.json', JSON.stringify({ meta: {} }));
  return tmp.path('corpus');
}

describe('readCorpus', () => {
  it('pairs <id>.txt with <id>.json and reads the text with the answer key metadata', async () => {
    const corpus = await readCorpus(writeCorpus());
    expect(corpus.map((c) => c.id)).toEqual(['ferry']);
    expect(corpus[0]?.article.published).toBe('2020-01-06');
    expect(corpus[0]?.gold.people).toHaveLength(1);
  });

  it('refuses a folder without annotated articles', async () => {
    tmp.write('empty/readme.md', 'nothing here');
    await expect(readCorpus(tmp.path('empty'))).rejects.toThrow(UserInputError);
    await expect(readCorpus(tmp.path('missing'))).rejects.toThrow(UserInputError);
  });
});

describe('evaluateCorpus', () => {
  it('scores a prediction equal to the gold as perfect', async () => {
    const corpus = await readCorpus(writeCorpus());
    const { report, failures } = evaluateCorpus(corpus, () => gold as unknown as Extraction);
    expect(failures).toEqual([]);
    expect(report.totals.people.f1).toBe(1);
    expect(report.totals.statements.f1).toBe(1);
    expect(report.totals.statements.speakerAccuracy.value).toBe(1);
  });

  it('records an extractor crash and scores that article as an empty prediction', async () => {
    const corpus = await readCorpus(writeCorpus());
    const { report, failures } = evaluateCorpus(corpus, () => {
      throw new Error('component failed');
    });
    expect(failures).toEqual([{ id: 'ferry', message: 'component failed' }]);
    expect(report.totals.people).toMatchObject({ gold: 1, predicted: 0, f1: 0 });
  });
});

describe('conflict-kg eval', () => {
  it('prints a JSON report of the real extractor on a folder, with every target checked', async () => {
    const dir = writeCorpus();
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out += String(chunk);
      return true;
    });
    try {
      await run([dir, '--json']);
    } finally {
      spy.mockRestore();
    }
    const report = JSON.parse(out) as {
      articles: unknown[];
      totals: { people: { gold: number } };
      targets: unknown[];
    };
    expect(report.articles).toHaveLength(1);
    expect(report.totals.people.gold).toBe(1);
    expect(report.targets).toHaveLength(9);
  }, 60_000);

  it('compares with an earlier --json report: the same extractor shows no change', async () => {
    const dir = writeCorpus();
    const capture = async (args: string[]): Promise<string> => {
      let out = '';
      const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        out += String(chunk);
        return true;
      });
      try {
        await run(args);
      } finally {
        spy.mockRestore();
      }
      return out;
    };
    tmp.write('before.json', await capture([dir, '--json']));
    const report = JSON.parse(await capture([dir, '--json', '--interval', '--baseline', tmp.path('before.json')])) as {
      intervals: Array<{ name: string }>;
      changes: Array<{ name: string; value: number | null; low: number | null; high: number | null }>;
    };
    expect(report.intervals).toHaveLength(9);
    const people = report.changes.find((c) => c.name === 'peopleF1');
    expect(people).toEqual({ name: 'peopleF1', value: 0, low: 0, high: 0 });
  }, 60_000);

  it('refuses a baseline that is missing or not a report', async () => {
    const dir = writeCorpus();
    await expect(run([dir, '--baseline', tmp.path('nowhere.json')])).rejects.toThrow(/cannot read the baseline/);
    tmp.write('other.json', JSON.stringify({ articles: [] }));
    await expect(run([dir, '--baseline', tmp.path('other.json')])).rejects.toThrow(/covers other articles/);
  }, 60_000);

  it('refuses an unknown learned layer by name', async () => {
    const dir = writeCorpus();
    await expect(run([dir, '--learned', 'figures,typo'])).rejects.toThrow(/unknown layer "typo".*known: events, figures, orgs, speakers/);
  });

  it('refuses two folders', async () => {
    await expect(run(['a', 'b'])).rejects.toThrow(UserInputError);
  });
});

describe('eval --against (a second annotator scored like the extractor)', () => {
  it('scores identical keys as full agreement and a disagreeing speaker as a miss', async () => {
    const dir = writeCorpus();
    tmp.write('second/ferry.json', JSON.stringify(gold));
    const same = await scoreAgainst(await readCorpus(dir), tmp.path('second'));
    expect(same.totals.statements.f1).toBe(1);

    const other = { ...gold, statements: [{ ...gold.statements[0], speaker: 'Coast Guard' }] };
    tmp.write('third/ferry.json', JSON.stringify(other));
    const differ = await scoreAgainst(await readCorpus(dir), tmp.path('third'));
    expect(differ.totals.statements.f1).toBe(0);
    expect(differ.totals.people.f1).toBe(1);
  });

  it('refuses a second folder that lacks an article key', async () => {
    const dir = writeCorpus();
    tmp.write('empty2/readme.md', 'no keys');
    await expect(scoreAgainst(await readCorpus(dir), tmp.path('empty2'))).rejects.toThrow(UserInputError);
  });
});
