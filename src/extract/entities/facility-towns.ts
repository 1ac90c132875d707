import type { Candidate } from './candidate.ts';
import type { EntityContext } from './context.ts';
import { tokenText } from './context.ts';
import { FACILITY_HEADS } from './data/organizations.ts';
import { foldName } from './memo.ts';

/**
 * "taken to Varda hospital ... fled to Varda": a name before a lower-case facility noun that the text also
 * uses as a place says where an unnamed hospital or school stands; it names no institution. The gazetteer
 * catches known towns when the span is read ("a Kabul hospital"); this catches the towns it does not know,
 * once the document's places are read. Turns such candidates into the place in place.
 */
export function readFacilityTowns(ctx: EntityContext, candidates: Candidate[]): void {
  const places = new Set<string>();
  for (const c of candidates) if (c.type === 'place') places.add(foldName(tokenText(ctx, c.nameStart, c.nameEnd)));
  if (places.size === 0) return;
  for (const c of candidates) {
    if (c.type !== 'organization' || c.known !== undefined || c.end - c.start < 2) continue;
    const head = ctx.tokens[c.end - 1]?.text ?? '';
    if (!FACILITY_HEADS.has(head) || !places.has(foldName(tokenText(ctx, c.start, c.end - 1)))) continue;
    c.type = 'place';
    c.end -= 1;
    c.nameStart = c.start;
    c.nameEnd = c.end;
    delete c.orgKind;
  }
}
