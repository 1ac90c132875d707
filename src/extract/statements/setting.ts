import { allMatches } from '../all-matches.ts';
import { findDateMentions } from '../dates.ts';
import type { Doc } from '../doc.ts';
import type { Resources } from '../pipeline.ts';
import type { Draft } from './draft.ts';

/** Where and when a statement was said, as the text around its attribution says. */
export interface Setting {
  place: string | null;
  placeKey: string | null;
  date: string | null;
}

const SETTING = /\b(?:conference|briefing|meeting|summit|rally|speech|interview|session|hearing|ceremony|forum|visit|talk|speaking|addressing)s?\s*$/i;
const PLACE_PREP = /\b(?:in|from|at)\s+(?:the\s+)?$/i;
const CAP_RUN = /\b(?:in|from)\s+((?:\p{Lu}[\p{L}'\u2019-]*)(?:\s+\p{Lu}[\p{L}'\u2019-]*)*)/gu;

/** A place named right after "in"/"from"/"at" in one stretch: an entity mention, else a gazetteer hit. */
function placeIn(doc: Doc, resources: Resources | undefined, start: number, end: number): Pick<Setting, 'place' | 'placeKey'> | null {
  for (const m of doc.mentions) {
    if (m.type !== 'place' || m.start < start || m.end > end) continue;
    if (!PLACE_PREP.test(doc.text.slice(Math.max(start, m.start - 12), m.start))) continue;
    const place = doc.places.find((p) => p.key === m.entityKey);
    return { place: place?.name ?? m.text, placeKey: place?.key ?? null };
  }
  const text = doc.text.slice(start, end);
  for (const m of allMatches(CAP_RUN, text)) {
    const name = m[1] ?? '';
    if (resources?.gazetteer.find(name).some((g) => g.exact)) return { place: name, placeKey: null };
    // "a news conference in X", "a briefing in X": the setting itself says X is where it was.
    if (SETTING.test(text.slice(0, m.index))) return { place: name, placeKey: null };
  }
  return null;
}

/** Place and date from a draft's setting stretches (dates resolved against publication). */
export function settingOf(doc: Doc, resources: Resources | undefined, draft: Draft): Setting {
  let place: Pick<Setting, 'place' | 'placeKey'> | null = null;
  let date: string | null = null;
  for (const [start, end] of draft.setting) {
    if (end <= start) continue;
    place ??= placeIn(doc, resources, start, end);
    date ??= findDateMentions(doc.text.slice(start, end), doc.article.published).find((d) => d.kind === 'day')?.iso ?? null;
  }
  return { place: place?.place ?? null, placeKey: place?.placeKey ?? null, date };
}

/**
 * A speaker's remarks that follow one made at a named place ("told a news conference in X") were made
 * in that setting until someone else speaks: they take its place, and its date, which is the date the
 * speaker was last said to have spoken when the setting itself names none.
 */
export function inheritSettings(items: Array<{ speaker: string; setting: Setting; carries: boolean }>): void {
  const lastDate = new Map<string, string>();
  let current: { speaker: string; setting: Setting } | null = null;
  for (const item of items) {
    const { speaker, setting } = item;
    if (current && current.speaker !== speaker) current = null;
    if (setting.place) {
      setting.date ??= lastDate.get(speaker) ?? null;
      current = item.carries ? { speaker, setting: { ...setting } } : null;
    } else if (current) {
      setting.place = current.setting.place;
      setting.placeKey = current.setting.placeKey;
      setting.date ??= current.setting.date;
    }
    if (setting.date) lastDate.set(speaker, setting.date);
  }
}
