import type { ConflictEvent } from '../types.ts';
import { coarse } from './keep-features.ts';
import { chainOf, type PairCandidate, type PairPlace } from './event-pair-candidates.ts';

/**
 * From pair probabilities to a plan: which rule events stay, which move to another place of their own
 * hierarchy, which pairs become new events. Shared by the extractor (event-pair-apply.ts) and the trainer's
 * simulation, so cross-validation measures exactly what ships.
 */
export interface PairDecodeSetting {
  /** A pair the rules output is kept when its probability is at least this. */
  threshold: number;
  /** A pair the rules did not output is added when its probability is at least this. */
  thresholdNew: number;
  /** A kept pair drops a kept pair of the same type at a place around it (most specific wins). */
  specific: boolean;
}

export interface PairPlan {
  /** Rule events kept as they are. */
  keep: Set<ConflictEvent>;
  /** Rule events kept at another place of their hierarchy (the pair the model chose instead). */
  moved: Map<ConflictEvent, PairPlace>;
  /** Chosen pairs with no rule event to reuse: each becomes one new event. */
  added: PairCandidate[];
}

const related = (places: ReadonlyMap<string, PairPlace>, a: string, b: string): boolean =>
  chainOf(places, a).some((p) => p.key === b) || chainOf(places, b).some((p) => p.key === a);

export function decodePairs(candidates: readonly PairCandidate[], p: readonly number[], places: ReadonlyMap<string, PairPlace>,
  setting: PairDecodeSetting): PairPlan {
  let chosen = candidates.filter((c, i) => p[i]! >= (c.ruleEvents.length > 0 ? setting.threshold : setting.thresholdNew));
  if (setting.specific) {
    chosen = chosen.filter((c) => c.ruleEvents.length > 0 || !chosen.some((o) => o !== c && o.coarse === c.coarse
      && chainOf(places, o.place.key).slice(1).some((x) => x.key === c.place.key)));
  }
  const keep = new Set<ConflictEvent>(chosen.flatMap((c) => c.ruleEvents));
  const moved = new Map<ConflictEvent, PairPlace>();
  const added: PairCandidate[] = [];
  const spare = candidates.filter((c) => !chosen.includes(c)).flatMap((c) => c.ruleEvents.map((e) => ({ e, at: c.place.key })));
  for (const c of chosen) {
    if (c.ruleEvents.length > 0) continue;
    // a dropped rule event of the type at a place of the same hierarchy carries its figures and date over
    const reuse = spare.find((x) => !moved.has(x.e) && coarse(x.e.type) === c.coarse && related(places, x.at, c.place.key));
    if (reuse) moved.set(reuse.e, c.place);
    else added.push(c);
  }
  return { keep, moved, added };
}
