import type { EvalReport, Scores } from './score.ts';
import type { TargetCheck } from './targets.ts';
import type { Prf, Ratio } from './metrics.ts';
import type { MetricInterval } from './bootstrap.ts';

const num = (v: number | null): string => (v === null ? '-' : v.toFixed(2)).padStart(4);
const ratioCell = (r: Ratio): string => num(r.value);
const prfCells = (p: Prf): string[] => [num(p.precision), num(p.recall), num(p.f1)];
const LABEL = 34;

/** Column groups: a title over its cells; every cell is four characters wide, one space apart. */
const GROUPS: Array<[string, string[], (s: Scores) => string[]]> = [
  ['people', ['P', 'R', 'F1'], (s) => prfCells(s.people)],
  ['orgs', ['P', 'R', 'F1'], (s) => prfCells(s.organizations)],
  ['places', ['P', 'R', 'F1'], (s) => prfCells(s.places)],
  [
    'statements',
    ['P', 'R', 'F1', 'spk'],
    (s) => [...prfCells(s.statements), ratioCell(s.statements.speakerAccuracy)],
  ],
  [
    'events',
    ['P', 'R', 'F1', 'kill', 'inj', 'date'],
    (s) => [
      ...prfCells(s.events),
      ratioCell(s.events.killed),
      ratioCell(s.events.injured),
      ratioCell(s.events.date),
    ],
  ],
];

const groupWidth = (cells: number): number => cells * 5 - 1;

function header(): string[] {
  const titles = (
    ' '.repeat(LABEL) + GROUPS.map(([t, c]) => ` | ${t.padEnd(groupWidth(c.length))}`).join('')
  ).trimEnd();
  const cells =
    'article'.padEnd(LABEL) + GROUPS.map(([, c]) => ` | ${c.map((x) => x.padStart(4)).join(' ')}`).join('');
  return [titles, cells];
}

function row(label: string, s: Scores): string {
  return (
    label.slice(0, LABEL).padEnd(LABEL) + GROUPS.map(([, , cells]) => ` | ${cells(s).join(' ')}`).join('')
  );
}

/** The eval table: one row per article, then the micro-averaged totals and their counts. */
export function formatReport(report: EvalReport): string {
  const head = header();
  const rule = '-'.repeat(head[1]?.length ?? 80);
  const lines = [...head, rule];
  for (const a of report.articles) lines.push(row(a.id, a.scores));
  lines.push(rule, row(`TOTAL (${report.articles.length} articles, micro)`, report.totals));
  const t = report.totals;
  const counts = (name: string, p: Prf): string =>
    `${name.padEnd(14)} gold ${String(p.gold).padStart(4)}  predicted ${String(p.predicted).padStart(4)}  matched ${String(p.matched).padStart(4)}`;
  lines.push(
    '',
    counts('people', t.people),
    counts('organizations', t.organizations),
    counts('places', t.places),
    `${counts('statements', t.statements)}  speaker right ${t.statements.speakerAccuracy.right}/${t.statements.speakerAccuracy.of}`,
    `${counts('events', t.events)}  killed ${t.events.killed.right}/${t.events.killed.of}  injured ${t.events.injured.right}/${t.events.injured.of}  date ${t.events.date.right}/${t.events.date.of}`,
  );
  return lines.join('\n');
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks
    .map(
      (c) =>
        `${c.met ? 'ok  ' : 'FAIL'} ${c.name.padEnd(16)} ${num(c.value)} (target ${c.target.toFixed(2)})`,
    )
    .join('\n');
}

const signed = (v: number | null): string => (v === null ? '-' : `${v >= 0 ? '+' : ''}${v.toFixed(2)}`).padStart(5);

/** One line per target metric: its total and the bootstrap interval (a difference when paired). */
export function formatIntervals(rows: readonly MetricInterval[], level: number, paired: boolean): string {
  const cell = paired ? signed : (v: number | null): string => num(v).padStart(5);
  const title = paired
    ? `Change against the baseline, ${Math.round(level * 100)} % interval (paired bootstrap over articles):`
    : `${Math.round(level * 100)} % intervals (bootstrap over articles):`;
  const lines = rows.map((r) => {
    const note = paired && r.low !== null && r.high !== null ? (r.low > 0 ? '  better' : r.high < 0 ? '  worse' : '  no clear change') : '';
    return `${r.name.padEnd(16)} ${cell(r.value)}  [${cell(r.low)}, ${cell(r.high)}]${note}`;
  });
  return [title, ...lines].join('\n');
}
