import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../config.ts';
import { UserInputError } from '../errors.ts';
import { extract } from '../extract/pipeline.ts';
import { scoreAgainst } from '../eval/agreement.ts';
import { pairBaseline } from '../eval/baseline.ts';
import { bootstrapIntervals } from '../eval/bootstrap.ts';
import { evaluateCorpus, readCorpus } from '../eval/corpus.ts';
import type { ArticleScore } from '../eval/score.ts';
import { formatIntervals, formatReport, formatTargets } from '../eval/table.ts';
import { checkTargets } from '../eval/targets.ts';
import { parseCommandArgs } from './args.ts';
import { loadResources } from './resources.ts';

const USAGE = `Usage: conflict-kg eval [DIR] [--json] [--targets] [--misses] [--against DIR2] [--learned LIST]
                      [--interval] [--baseline REPORT.json]

Scores the extractor on annotated articles (<id>.txt + <id>.json answer key), by default fixtures/articles.
  --json      print the report as JSON (per-article scores, misses, totals, target checks)
  --targets   exit 1 when a total is below the issue targets
  --misses    list, per article, the gold items not found and the predictions that matched nothing
  --against   score a second annotator's answer keys (DIR2/<id>.json) instead of the extractor:
              inter-annotator agreement, the ceiling for rules fitted to one annotator's conventions
  --learned   learned layers to switch on, comma-separated, all off by default because none beat the
              rules on unseen articles: events (keep/drop layer), figures (figure and date choice),
              orgs (organisation keep/drop), speakers (speaker choice); docs/events.md, docs/extractor.md
  --learned-events  the same as --learned events
  --interval  95 % intervals of the target metrics, by resampling the articles (bootstrap, 2,000 draws,
              fixed seed): how far another set of articles like these could land
  --baseline  an earlier \`eval --json\` report on the same articles (another commit's extractor): prints
              the change per target metric with its paired 95 % interval
`;

function formatMisses(rows: readonly ArticleScore[]): string {
  const out: string[] = [];
  for (const row of rows) {
    const lines: string[] = [];
    for (const [category, m] of Object.entries(row.misses)) {
      for (const x of m.missed) lines.push(`  missed   ${category.padEnd(13)} ${x}`);
      for (const x of m.spurious) lines.push(`  spurious ${category.padEnd(13)} ${x}`);
    }
    if (lines.length) out.push(`${row.id}`, ...lines);
  }
  return out.join('\n');
}

const LEARNED = { events: 'learnedEvents', figures: 'learnedFigures', orgs: 'learnedOrgs', speakers: 'learnedSpeakers' } as const;
type LearnedOptions = Partial<Record<(typeof LEARNED)[keyof typeof LEARNED], boolean>>;

/** `--learned figures,speakers` as loadResources options; an unknown name is refused, not ignored. */
function learnedOptions(list: string | undefined, events: boolean): LearnedOptions {
  const options: LearnedOptions = events ? { learnedEvents: true } : {};
  for (const name of (list ?? '').split(',').map((x) => x.trim()).filter(Boolean)) {
    if (!Object.hasOwn(LEARNED, name))
      throw new UserInputError(`--learned: unknown layer "${name}" (known: ${Object.keys(LEARNED).join(', ')})`);
    options[LEARNED[name as keyof typeof LEARNED]] = true;
  }
  return options;
}

function extractAndScore(corpus: Parameters<typeof evaluateCorpus>[0], learned: LearnedOptions): ReturnType<typeof evaluateCorpus> {
  const { resources } = loadResources(learned);
  return evaluateCorpus(corpus, (article) => extract(article, resources));
}

/** `conflict-kg eval [DIR] [--json] [--targets] [--misses] [--against DIR2]` */
export async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    argv,
    {
      json: { type: 'boolean', default: false },
      targets: { type: 'boolean', default: false },
      misses: { type: 'boolean', default: false },
      against: { type: 'string' },
      'learned-events': { type: 'boolean', default: false },
      learned: { type: 'string' },
      interval: { type: 'boolean', default: false },
      baseline: { type: 'string' },
    },
    USAGE,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length > 1)
    throw new UserInputError(`eval takes one folder, got ${positionals.length}\n\n${USAGE}`);
  const dir = resolve(positionals[0] ?? resolve(PROJECT_ROOT, 'fixtures/articles'));
  const learned = learnedOptions(values.learned, values['learned-events']);
  const corpus = await readCorpus(dir);
  const { report, failures } = values.against
    ? { report: await scoreAgainst(corpus, resolve(values.against)), failures: [] }
    : extractAndScore(corpus, learned);
  const checks = checkTargets(report.totals);
  const rows = report.articles.map((a) => a.scores);
  const base = values.baseline
    ? pairBaseline(await readFile(resolve(values.baseline), 'utf8').catch((cause: unknown) => {
        throw new UserInputError(`cannot read the baseline report ${values.baseline}`, { cause });
      }), values.baseline, report.articles)
    : undefined;
  const intervals = values.interval ? bootstrapIntervals(rows) : undefined;
  const changes = base ? bootstrapIntervals(rows, {}, base) : undefined;
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ dir, ...report, failures, targets: checks, intervals, changes }, null, 2)}\n`);
  } else {
    process.stdout.write(`Scored ${corpus.length} articles in ${dir}\n\n${formatReport(report)}\n\n`);
    process.stdout.write(`Targets (issues 3 and 4):\n${formatTargets(checks)}\n`);
    if (intervals) process.stdout.write(`\n${formatIntervals(intervals, 0.95, false)}\n`);
    if (changes) process.stdout.write(`\n${formatIntervals(changes, 0.95, true)}\n`);
    if (values.misses) process.stdout.write(`\nMisses:\n${formatMisses(report.articles)}\n`);
  }
  for (const f of failures) process.stderr.write(`warning: extraction failed on ${f.id}: ${f.message}\n`);
  if (failures.length > 0) return 1;
  return values.targets && checks.some((c) => !c.met) ? 1 : 0;
}
