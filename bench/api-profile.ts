/**
 * PROFILEs every Cypher statement each analyst example (bench/support/api-examples.ts) runs, on the
 * configured graph: per statement its rows, database hits, and the operators that make a query's cost
 * grow with the graph (label scans, sorts, Eager, var-length expansions) with their row counts.
 * `node --import tsx bench/api-profile.ts [example-name ...]`. It reads only; run it on the 10,000-article
 * graph that `BENCH_API_KEEP=1 npm run bench:api` leaves behind.
 */
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import pino from 'pino';
import { createApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { cypherRegistry } from '../src/graph/cypher-registry.ts';
import { connectionFromConfig } from '../src/graph/driver.ts';
import type { Executor, Params, Row } from '../src/graph/executor.ts';
import { API_EXAMPLES } from './support/api-examples.ts';

interface Step {
  name: string;
  rows: number;
  dbHits: number;
  ms: number;
  operators: string[];
}

/** Every operator that produced rows or touched the store, indented by depth, with its details. */
function operators(plan: ProfiledPlan, out: string[] = [], depth = 0): string[] {
  if (plan.rows > 0 || plan.dbHits > 0) {
    const details = String(plan.arguments.Details ?? '').slice(0, 110);
    const op = plan.operatorType.replace(/@.*$/, '');
    out.push(`${' '.repeat(depth)}${op} rows=${plan.rows} hits=${plan.dbHits} ${details}`);
  }
  for (const child of plan.children) operators(child, out, depth + 1);
  return out;
}

function totalHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((n, c) => n + totalHits(c), 0);
}

const settings = connectionFromConfig(loadConfig());
const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password));
const registry = cypherRegistry();
let steps: Step[] = [];
/** A read executor that PROFILEs each statement and keeps the profile. */
const profiling = {
  queryCount: 0,
  async read(name: string, params: Params = {}): Promise<Row[]> {
    const session = driver.session({ database: settings.database, defaultAccessMode: 'READ' });
    try {
      const t0 = performance.now();
      const result = await session.run(`PROFILE ${registry.get(name)}`, params);
      const ms = performance.now() - t0;
      const plan = result.summary.profile;
      if (plan)
        steps.push({
          name,
          rows: result.records.length,
          dbHits: totalHits(plan),
          ms,
          operators: operators(plan),
        });
      return result.records.map((r) => r.toObject() as Row);
    } finally {
      await session.close();
    }
  },
};
const app = createApp({
  config: { API_TOKEN: undefined },
  logger: pino({ level: 'silent' }),
  db: { executor: profiling as unknown as Executor, ping: () => Promise.resolve(true) },
});
const only = process.argv.slice(2);
try {
  for (const example of API_EXAMPLES) {
    if (only.length > 0 && !only.includes(example.name)) continue;
    for (let pass = 0; pass < 2; pass++) {
      // The first pass plans the statements; the second is the one reported.
      steps = [];
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: example.query }),
      });
      const body = (await response.json()) as { errors?: unknown };
      if (body.errors) throw new Error(`${example.name}: ${JSON.stringify(body.errors)}`);
    }
    const hits = steps.reduce((n, s) => n + s.dbHits, 0);
    process.stdout.write(`\n## ${example.name}: ${steps.length} statements, ${hits} db hits\n`);
    for (const s of steps) {
      process.stdout.write(`- ${s.name}: ${s.rows} rows, ${s.dbHits} db hits, ${s.ms.toFixed(1)} ms\n`);
      for (const op of s.operators) process.stdout.write(`    ${op}\n`);
    }
  }
} finally {
  await driver.close();
}
