import type { Doc } from '../doc.ts';
import { foldName } from '../normalize.ts';
import { summarize } from './summary.ts';

/**
 * A country reached through a place's parent chain or the article's main country carries the
 * gazetteer's short name ("DR Congo") while the article names it in full ("the Democratic Republic of
 * Congo"). Events speak of a country in the article's own form when the article names that country.
 */
export function useArticleCountryNames(doc: Doc): void {
  const own = new Map<string, string>();
  for (const p of doc.places) {
    if (p.kind === 'country' && p.country && foldName(p.country) !== foldName(p.name)) own.set(foldName(p.country), p.name);
  }
  if (own.size === 0) return;
  const named = new Set(doc.places.filter((p) => p.mentions.length > 0).map((p) => foldName(p.name)));
  const articleForm = (name: string): string => (named.has(foldName(name)) ? name : (own.get(foldName(name)) ?? name));
  for (const e of doc.events) {
    const place = e.place ? articleForm(e.place) : null;
    const country = e.country ? articleForm(e.country) : null;
    const alternatives = [...new Set(e.placeAlternatives.map(articleForm))];
    if (place === e.place && country === e.country && alternatives.join('|') === e.placeAlternatives.join('|')) continue;
    e.place = place;
    e.country = country;
    e.placeAlternatives = alternatives.filter((n) => n !== place);
    e.summary = summarize(e);
  }
}
