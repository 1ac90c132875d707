import type { Doc } from '../doc.ts';
import type { ActorRef } from '../types.ts';
import { probability, type EventKeepModel } from '../events/logistic.ts';
import { orgChoiceFeatures, tokenStarts, type OrgChoiceGazetteer } from './org-choice-features.ts';

/**
 * The learned organisation choice (docs/extractor.md, round 6): a listed organization whose keep
 * probability is below the model's threshold leaves doc.organizations. It runs after the whole pipeline,
 * so speakers, sources and events read the rules' list as before; what pointed at a dropped organization
 * stays, without the key: a speaker or source becomes an unnamed actor with the same phrase (as "police"
 * is), a role keeps the organization's name. Returns the names dropped.
 */
export function chooseOrganizations(doc: Doc, model: EventKeepModel, gazetteer: OrgChoiceGazetteer): string[] {
  const starts = tokenStarts(doc);
  const dropped = doc.organizations.filter((o) => probability(model, orgChoiceFeatures(doc, o, gazetteer, starts)) < model.threshold);
  if (dropped.length === 0) return [];
  const keys = new Set(dropped.map((o) => o.key));
  doc.organizations = doc.organizations.filter((o) => !keys.has(o.key));
  const unnamed = (ref: ActorRef): ActorRef => (ref.key !== null && keys.has(ref.key) ? { type: 'anonymous', name: ref.name, key: null } : ref);
  for (const s of doc.statements) s.speakerRef = unnamed(s.speakerRef);
  for (const c of doc.casualties) if (c.source) c.source = unnamed(c.source);
  for (const p of doc.people) if (p.roleOf?.key != null && keys.has(p.roleOf.key)) p.roleOf = { ...p.roleOf, key: null };
  for (const m of doc.mentions) if (m.entityKey !== null && keys.has(m.entityKey)) m.entityKey = null;
  return dropped.map((o) => o.name);
}
