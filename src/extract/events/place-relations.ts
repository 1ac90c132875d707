import { foldName } from '../normalize.ts';
import type { PlaceHit } from './places.ts';

// only a preposition or a comma between two places: "X in Y district", "X, Y province", "X in the Y region"
const IN_BETWEEN = /^(?:\s+in\s+(?:the\s+)?|,\s+)$/;
const DIRECTION = /^(?:north|south|east|west)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+/;

/** A place's own name, whole and without a leading direction ("South X" gives both). */
function outerOf(x: PlaceHit): Set<string> {
  return new Set([foldName(x.name), foldName(x.name).replace(DIRECTION, '')]);
}

/** Whether a parent, the country or another form of the place is one of the `outer` names. */
function within(x: PlaceHit, outer: ReadonlySet<string>): boolean {
  return x.parents.some((p) => outer.has(foldName(p))) || (x.country !== null && outer.has(foldName(x.country))) || x.forms.some((f) => outer.has(foldName(f)));
}

/**
 * Whether two place mentions can be the same location at different precision: the same name, one in the
 * other's parent chain or country, or named together in one clause ("the X district of Y province").
 */
export class PlaceRelations {
  private readonly together = new Set<string>();

  /** `text`, when given, lets the words between two places nest them ("the town of X in Y district"). */
  constructor(clauses: ReadonlyArray<readonly PlaceHit[]>, text?: string) {
    for (const places of clauses) {
      if (text !== undefined) this.nestedByText(places, text);
      for (const a of places) {
        for (const b of places) {
          // two places the gazetteer knows, neither inside the other ("after a bombing in X, security in Y"),
          // are apart even when one clause names both; the text only tells about places it does not know
          // two countries are never one inside the other ("revenge for action in neighbouring X")
          if (a.rank >= 6 && b.rank >= 6 && foldName(a.name) !== foldName(b.name)) continue;
          if (a !== b && !(a.parents.length > 0 && b.parents.length > 0 && !PlaceRelations.nested(a, b))) {
            this.together.add(`${foldName(a.name)}|${foldName(b.name)}`);
          }
        }
      }
    }
  }

  /** "X in Y district", "X, Y province": the text puts the first inside the second, whatever the gazetteer says. */
  private nestedByText(places: readonly PlaceHit[], text: string): void {
    const sorted = [...places].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1]!, sorted[i]!];
      if (a.rank >= 6 || b.rank < a.rank || !IN_BETWEEN.test(text.slice(a.end, b.start))) continue;
      this.together.add(`${foldName(a.name)}|${foldName(b.name)}`);
      this.together.add(`${foldName(b.name)}|${foldName(a.name)}`);
    }
  }

  private static nested(a: PlaceHit, b: PlaceHit): boolean {
    const fa = foldName(a.name);
    const fb = foldName(b.name);
    return a.parents.some((p) => foldName(p) === fb) || b.parents.some((p) => foldName(p) === fa) || fa === fb;
  }

  related(a: PlaceHit, b: PlaceHit): boolean {
    // "Southern X" is a part of X
    const fa = foldName(a.name).replace(DIRECTION, '');
    const fb = foldName(b.name).replace(DIRECTION, '');
    if (fa === fb) return true;
    // a name that only starts with a direction ("West Bank", "South Sudan") is also compared whole
    return within(a, outerOf(b)) || within(b, outerOf(a)) || this.together.has(`${fa}|${fb}`)
      || this.together.has(`${foldName(a.name)}|${foldName(b.name)}`);
  }

  /** True when the place sets conflict: both named and nothing in one relates to the other. */
  conflicts(current: PlaceHit | null, places: readonly PlaceHit[], loose = false): boolean {
    if (!current || places.length === 0) return false;
    return !places.some((p) => this.related(p, current) || (loose && PlaceRelations.mayBeInside(p, current)));
  }

  /** A place the gazetteer knows no region of ("X valley"), in the country of a wider place already
   * named: it may well lie inside it, so it does not tell the two apart. */
  static mayBeInside(p: PlaceHit, current: PlaceHit): boolean {
    const country = current.rank >= 6 ? current.name : current.country;
    return p.parents.length <= 1 && p.rank <= current.rank && p.rank < 6 && country !== null
      && p.country !== null && foldName(p.country) === foldName(country) && foldName(p.name) !== foldName(country);
  }
}

/** The most specific place (lowest rank), the first of equals. */
export function mostSpecific(places: readonly PlaceHit[]): PlaceHit | null {
  let best: PlaceHit | null = null;
  for (const p of places) if (!best || p.rank < best.rank) best = p;
  return best;
}
