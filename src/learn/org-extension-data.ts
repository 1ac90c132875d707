import type { AnnotatedArticle } from '../eval/corpus.ts';
import type { NamedEntry } from '../eval/answer-key.ts';
import { entityKeys, keysMatch } from '../eval/names.ts';
import { scoreEntities } from '../eval/score-entities.ts';
import type { Resources } from '../extract/pipeline.ts';
import { runPipeline } from '../extract/pipeline.ts';
import type { OrganizationEntity } from '../extract/types.ts';
import { applyExtensions, orgExtensions, tokenEnds, type Extension } from '../extract/entities/org-choice-extension.ts';
import type { OrgTotals } from './org-choice-candidates.ts';

/** One article's listed organizations (rules alone), their name extensions, and which extensions the answer key names. */
export interface ExtensionArticle {
  id: string;
  gold: readonly NamedEntry[];
  orgs: OrganizationEntity[];
  extensions: Extension[];
  labels: Array<0 | 1>;
}

export function readExtensions(a: AnnotatedArticle, resources: Resources): ExtensionArticle {
  const doc = runPipeline(a.article, resources);
  const extensions = orgExtensions(doc, resources.gazetteer, tokenEnds(doc));
  const labels = extensions.map((x): 0 | 1 => (a.gold.organizations.some((g) => keysMatch(entityKeys(g), entityKeys({ name: x.name, aliases: [] }))) ? 1 : 0));
  return { id: a.id, gold: a.gold.organizations, orgs: doc.organizations, extensions, labels };
}

/** The extension of each organization with the highest score, when it reaches the threshold. */
export function chooseExtensions(extensions: readonly Extension[], scores: readonly number[], threshold: number): Extension[] {
  const best = new Map<number, number>();
  extensions.forEach((x, i) => {
    const s = scores[i] ?? 0;
    const b = best.get(x.org);
    if (s >= threshold && (b === undefined || s > (scores[b] ?? 0))) best.set(x.org, i);
  });
  return [...best.values()].sort((a, b) => a - b).map((i) => extensions[i]!);
}

/** Organization totals after applying the chosen extensions (on copies: the article's list is not changed). */
export function extensionTotals(articles: readonly ExtensionArticle[], scoresOf: (a: ExtensionArticle) => readonly number[], threshold: number): OrgTotals {
  const t: OrgTotals = { gold: 0, predicted: 0, matched: 0 };
  for (const a of articles) {
    const copies = a.orgs.map((o) => ({ ...o, aliases: [...o.aliases], mentions: [...o.mentions] }));
    const kept = applyExtensions(copies, chooseExtensions(a.extensions, scoresOf(a), threshold));
    const s = scoreEntities(a.gold, kept.map((o) => ({ name: o.name, aliases: o.aliases })));
    t.gold += s.gold;
    t.predicted += s.predicted;
    t.matched += s.matched;
  }
  return t;
}
