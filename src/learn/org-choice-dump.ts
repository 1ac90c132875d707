/**
 * Dumps a tree's listed organizations with their organisation-choice features and labels, for training
 * on the errors of an EARLIER rules snapshot (docs/extractor.md, "Round 6 (session 6): learned
 * organisation choice"). ROOT is a checkout of any commit (node_modules linked in): its own pipeline makes
 * the Doc; the features are this tree's (its word lists, its gazetteer), so every snapshot is described
 * alike; each organization is labelled by this tree's scorer.
 *
 *   node --import tsx src/learn/org-choice-dump.ts ROOT DIR OUT.json
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NamedEntry } from '../eval/answer-key.ts';
import { scoreEntities } from '../eval/score-entities.ts';
import type { Doc } from '../extract/doc.ts';
import type { AnnotatedArticle } from '../eval/corpus.ts';
import { orgChoiceFeatures, tokenStarts } from '../extract/entities/org-choice-features.ts';
import { loadResources } from '../cli/resources.ts';

/** One article of a dump: what the snapshot listed, the features, the labels. */
export interface OrgRow {
  id: string;
  gold: NamedEntry[];
  orgs: NamedEntry[];
  labels: Array<0 | 1>;
  features: Array<Array<[string, number]>>;
}

// The snapshot's modules, typed by what this script calls (their shapes are the same in every round).
interface SnapshotModules {
  loadResources: () => { resources: unknown };
  readCorpus: (dir: string) => Promise<AnnotatedArticle[]>;
  runPipeline: (article: AnnotatedArticle['article'], resources: unknown) => Doc;
}

async function loadSnapshot(root: string): Promise<SnapshotModules> {
  const load = async (path: string): Promise<Record<string, unknown>> => (await import(resolve(root, path))) as Record<string, unknown>;
  return {
    ...(await load('src/cli/resources.ts')),
    ...(await load('src/eval/corpus.ts')),
    ...(await load('src/extract/pipeline.ts')),
  } as unknown as SnapshotModules;
}

const [root, dir, out] = process.argv.slice(2);
if (root === undefined || dir === undefined || out === undefined) {
  console.error('usage: org-choice-dump.ts ROOT DIR OUT.json');
  process.exit(2);
}
const m = await loadSnapshot(root);
const { resources } = m.loadResources();
const { gazetteer } = loadResources().resources;
const rows: OrgRow[] = [];
for (const a of await m.readCorpus(resolve(dir))) {
  const doc = m.runPipeline(a.article, resources);
  const starts = tokenStarts(doc);
  const orgs = doc.organizations.map((o) => ({ name: o.name, aliases: o.aliases }));
  const spurious = scoreEntities(a.gold.organizations, orgs).spurious;
  rows.push({
    id: a.id,
    gold: a.gold.organizations,
    orgs,
    labels: orgs.map((o): 0 | 1 => (spurious.includes(o.name) ? 0 : 1)),
    features: doc.organizations.map((o) => [...orgChoiceFeatures(doc, o, gazetteer, starts)]),
  });
}
writeFileSync(out, JSON.stringify(rows));
console.log(`${out}: ${rows.length} articles, ${rows.reduce((s, r) => s + r.labels.length, 0)} listed organizations, ${rows.reduce((s, r) => s + r.labels.filter((l) => l === 0).length, 0)} not in the keys`);
