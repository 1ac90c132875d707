import type { EventType, Range } from '../types.ts';
import { ATTACKER_GROUPS } from './casualty-words.ts';
import type { Figure } from './groups.ts';

// The armed side that is not the state's: "militants", "rebels", "fighters", "extremists"
const OTHER_SIDE = new Set([...ATTACKER_GROUPS, 'rebels', 'rebel', 'fighters', 'extremists', 'militiamen', 'guerrillas']);

const otherSide = (group: string | null): boolean => group !== null && OTHER_SIDE.has(group.split(' ').at(-1)!.toLowerCase());

function add(a: Range, b: Range): Range {
  return { min: a.min !== null && b.min !== null ? a.min + b.min : a.min, max: a.max !== null && b.max !== null ? a.max + b.max : null };
}

/**
 * A clash's toll counts both sides (as the fixtures count it, "two policemen and six gunmen were killed" is 8):
 * the chosen figure of one side plus the other side's count said with it or reported after it ("11
 * policemen were killed ... at least four rebels died"). An attack's toll stays its victims'. The other side
 * killed in a blow of its own told later ("the army said it killed 15 raiders in return", "the ensuing
 * clashes also killed eight raiders") is not added: the keys count the first side's toll there.
 */
export function clashToll(chosen: Figure | null, figures: readonly Figure[], type: EventType): Figure | null {
  if (!chosen || type !== 'ARMED_CLASH') return chosen;
  if (chosen.assailants) return { ...chosen, range: add(chosen.range, chosen.assailants) };
  if (chosen.group === null || otherSide(chosen.group)) return chosen;
  const other = figures.find((f) => f !== chosen && f.kind === chosen.kind && !f.subset && !f.implicit
    && f.start > chosen.start && !f.byVerb && otherSide(f.group) && (f.range.min !== null || f.range.max !== null));
  return other ? { ...chosen, range: add(chosen.range, other.range) } : chosen;
}
