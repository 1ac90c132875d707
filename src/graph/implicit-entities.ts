import { foldName } from '../extract/normalize.ts';
import type { ActorRef, Evidence, Extraction, OrganizationEntity, PersonEntity } from '../extract/types.ts';

/** Every word-bounded occurrence of `name` in the body, as mentions in the sentence of `near`. */
function occurrences(body: string, name: string, near: Evidence): Evidence[] {
  const out: Evidence[] = [];
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const m of body.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))) {
    out.push({ start: m.index, end: m.index + name.length, sentenceIndex: near.sentenceIndex, sentence: near.sentence });
  }
  return out.length > 0 ? out : [near];
}

/**
 * A speaker or casualty source the extractor typed as a person or organization but did not list among
 * the entities (key null: "Varga said ..." where "Varga" was never introduced) becomes an entity of its
 * own, so it can be resolved against the graph ("Varga" to the one known "Tomas Varga") instead of
 * ending up as an anonymous actor. Pure; returns a new extraction with the refs pointing at the keys.
 */
export function withImplicitEntities(extraction: Extraction, body: string): Extraction {
  const known = new Map<string, string>();
  for (const e of [...extraction.people, ...extraction.organizations]) {
    for (const n of [e.name, ...e.aliases]) if (!known.has(foldName(n))) known.set(foldName(n), e.key);
  }
  const people: PersonEntity[] = [];
  const organizations: OrganizationEntity[] = [];
  const fill = (ref: ActorRef, near: Evidence): ActorRef => {
    if (ref.key !== null || (ref.type !== 'person' && ref.type !== 'organization') || !foldName(ref.name)) return ref;
    const folded = foldName(ref.name);
    const existing = known.get(folded);
    if (existing) return { ...ref, key: existing };
    const key = `${ref.type === 'person' ? 'person' : 'org'}:implicit:${folded}`;
    known.set(folded, key);
    const mentions = occurrences(body, ref.name, near);
    if (ref.type === 'person') {
      people.push({ key, name: ref.name, aliases: [], role: null, roleOf: null, isOfficial: false, mentions });
    } else {
      organizations.push({ key, name: ref.name, aliases: [], kind: 'other', country: null, mentions });
    }
    return { ...ref, key };
  };
  const statements = extraction.statements.map((s) => ({ ...s, speakerRef: fill(s.speakerRef, s.evidence) }));
  const casualties = extraction.casualties.map((c) => ({ ...c, source: c.source ? fill(c.source, c.evidence) : null }));
  if (people.length === 0 && organizations.length === 0) return extraction;
  return {
    ...extraction,
    people: [...extraction.people, ...people],
    organizations: [...extraction.organizations, ...organizations],
    statements,
    casualties,
  };
}
