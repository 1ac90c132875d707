import type { AnnotatedArticle } from '../eval/corpus.ts';
import type { NamedEntry } from '../eval/answer-key.ts';
import { scoreEntities } from '../eval/score-entities.ts';
import type { Resources } from '../extract/pipeline.ts';
import { runPipeline } from '../extract/pipeline.ts';
import type { Features } from '../extract/events/logistic.ts';
import type { OrganizationEntity } from '../extract/types.ts';
import { orgHeadKind } from '../extract/entities/data/organizations.ts';
import { entityKeys, keysMatch } from '../eval/names.ts';
import { orgChoiceFeatures, tokenStarts } from '../extract/entities/org-choice-features.ts';

/** One article's listed organizations (rules alone), their features, and whether the scorer matches each. */
export interface OrgArticle {
  id: string;
  gold: readonly NamedEntry[];
  orgs: NamedEntry[];
  features: Features[];
  labels: Array<0 | 1>;
  /** Training-only examples (unnamed actors); never candidates for the list. */
  extra: Features[];
  extraLabels: Array<0 | 1>;
}

/** Runs the extractor without the learned choice and labels each listed organization by the scorer's matching. */
export function readOrgCandidates(a: AnnotatedArticle, resources: Resources, withGenerics = false): OrgArticle {
  const doc = runPipeline(a.article, resources);
  const starts = tokenStarts(doc);
  const orgs = doc.organizations.map((o) => ({ name: o.name, aliases: o.aliases }));
  const features = doc.organizations.map((o) => orgChoiceFeatures(doc, o, resources.gazetteer, starts));
  const spurious = scoreEntities(a.gold.organizations, orgs).spurious;
  // Names are unique within one article's list (one entity per folded name), so the spurious names say which.
  const labels = orgs.map((o): 0 | 1 => (spurious.includes(o.name) ? 0 : 1));
  // Unnamed actors with an organization head ("Russian forces", "the army"): never listed, but they teach
  // the model what a generic phrase looks like. Their labels say whether the annotators listed one.
  const extra: Features[] = [];
  const extraLabels: Array<0 | 1> = [];
  if (withGenerics) {
    const byText = new Map<string, OrganizationEntity>();
    for (const m of doc.mentions) {
      if (m.type !== 'generic') continue;
      const name = m.text.replace(/^(?:the|a|an)\s+/i, '');
      const head = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
      if (orgHeadKind(head) === undefined && head !== 'forces') continue;
      const o = byText.get(name) ?? { key: `generic:${name}`, name, aliases: [], kind: 'other', country: null, mentions: [] };
      o.mentions.push({ start: m.start, end: m.end, sentenceIndex: m.sentenceIndex, sentence: '' });
      byText.set(name, o);
    }
    for (const o of byText.values()) {
      extra.push(orgChoiceFeatures(doc, o, resources.gazetteer, starts));
      const k = entityKeys(o);
      extraLabels.push(a.gold.organizations.some((g) => keysMatch(entityKeys(g), k)) ? 1 : 0);
    }
  }
  return { id: a.id, gold: a.gold.organizations, orgs, features, labels, extra, extraLabels };
}

export interface OrgTotals {
  gold: number;
  predicted: number;
  matched: number;
}

export const orgF1 = (t: OrgTotals): number => (t.gold + t.predicted > 0 ? (2 * t.matched) / (t.gold + t.predicted) : 0);

/** Totals when organization i of article a is listed iff keep(a, i), scored again (the matching may change). */
export function orgTotals(articles: readonly OrgArticle[], keep: (a: OrgArticle, i: number) => boolean): OrgTotals {
  const t: OrgTotals = { gold: 0, predicted: 0, matched: 0 };
  for (const a of articles) {
    const kept = a.orgs.filter((_, i) => keep(a, i));
    const s = scoreEntities(a.gold, kept);
    t.gold += s.gold;
    t.predicted += s.predicted;
    t.matched += s.matched;
  }
  return t;
}
