/**
 * Writes an older rule set's statements for annotated articles it was not written on, for
 * `train-speaker-choice.ts --other FILE` (docs/extractor.md, round 6: learned speaker choice).
 *
 *   git archive <commit> | tar -x -C /tmp/old/<commit> && ln -s "$PWD/node_modules" /tmp/old/<commit>/
 *   (cd /tmp/old/<commit> && node --import tsx "$OLDPWD/src/learn/dump-rule-picks.ts" /tmp/old/<commit> DIR OUT.json)
 *
 * DIR must hold only articles annotated after <commit> (the rules had not been read against them), so
 * the older rules' speakers err as rules do on unseen text. Output: { id: { statements, entities } }.
 */
import { writeFileSync } from 'node:fs';

const [tree, set, out] = process.argv.slice(2);
if (!tree || !set || !out) throw new Error('usage: dump-rule-picks.ts OLD_TREE DIR OUT.json');
interface Named { name: string; aliases: string[] }
const { loadResources } = (await import(`${tree}/src/cli/resources.ts`)) as { loadResources: () => { resources: unknown } };
const { readCorpus } = (await import(`${tree}/src/eval/corpus.ts`)) as { readCorpus: (dir: string) => Promise<Array<{ id: string; article: unknown }>> };
const { extract } = (await import(`${tree}/src/extract/pipeline.ts`)) as {
  extract: (a: unknown, r: unknown) => { people: Named[]; organizations: Named[]; places: Named[]; statements: Array<{ speaker: string; quote: string }> };
};
const { resources } = loadResources();
const picks: Record<string, unknown> = {};
for (const a of await readCorpus(set)) {
  const x = extract(a.article, resources);
  picks[a.id] = {
    statements: x.statements.map((s) => ({ speaker: s.speaker, quote: s.quote })),
    entities: [...x.people, ...x.organizations, ...x.places].map((e) => ({ name: e.name, aliases: e.aliases })),
  };
}
writeFileSync(out, JSON.stringify(picks));
console.log(`${out}: ${Object.keys(picks).length} articles`);
