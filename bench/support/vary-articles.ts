import { readFile } from 'node:fs/promises';
import { articleId } from '../../src/article/ids.ts';
import { readArticles } from '../../src/article/read-articles.ts';
import type { ArticleInput } from '../../src/extract/types.ts';

/** The url prefix and publisher that mark the benchmark's articles (deleted again afterwards). */
export const BENCH_URL = 'https://bench.conflict-kg.invalid/';
export const BENCH_PUBLISHER = 'conflict-kg bench';

interface Gold {
  people: Array<{ name: string; aliases: string[] }>;
  places: Array<{ name: string; aliases: string[] }>;
}

interface Source {
  article: ArticleInput;
  gold: Gold;
}

/** Deterministic pseudo-random numbers, so every run builds the same set (and the same ids). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function readSources(dir: string): Promise<Source[]> {
  const out: Source[] = [];
  for await (const r of readArticles([dir])) {
    if (!r.article) continue;
    const gold = JSON.parse(await readFile(r.where.replace(/\.txt$/, '.json'), 'utf8')) as Gold;
    out.push({ article: r.article, gold });
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces whole-word occurrences in one pass (so a replacement is never replaced again). */
function substitute(text: string, map: Map<string, string>): string {
  const keys = [...map.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return text;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${keys.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(re, (m) => map.get(m) ?? m);
}

function shiftDate(iso: string | null, days: number): string | null {
  if (!iso) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * `count` articles made from the real fixtures: people get new names built from other fixtures'
 * first names and surnames (with their short forms kept consistent), places are swapped for places of
 * other fixtures, figures change and dates move, so ids and entities vary the way a real feed's do.
 */
export async function varyArticles(dir: string, count: number, seed = 7): Promise<ArticleInput[]> {
  const sources = await readSources(dir);
  const random = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const people = sources.flatMap((s) => s.gold.people).filter((p) => p.name.split(' ').length >= 2);
  const firsts = [...new Set(people.map((p) => p.name.split(' ')[0] as string))];
  const lasts = [...new Set(people.map((p) => p.name.split(' ').slice(-1)[0] as string))];
  const places = [...new Set(sources.flatMap((s) => s.gold.places.map((p) => p.name)))];
  const out: ArticleInput[] = [];
  for (let i = 0; i < count; i++) {
    const { article, gold } = sources[i % sources.length] as Source;
    const map = new Map<string, string>();
    for (const p of gold.people) {
      const words = p.name.split(' ');
      if (words.length < 2) continue;
      const last = pick(lasts);
      map.set(p.name, `${pick(firsts)} ${last}`);
      for (const alias of p.aliases) if (!alias.includes(' ')) map.set(alias, last);
    }
    for (const place of gold.places) if (random() < 0.5) map.set(place.name, pick(places));
    const vary = (text: string): string =>
      substitute(text, map).replace(/\b([2-9]|[1-9]\d{1,2})\b(?! ?(?:BC|AD|year|years))/g, (m) =>
        String(2 + ((Number(m) + i * 7) % 240)),
      );
    const title = vary(article.title);
    const body = vary(article.body);
    const url = `${BENCH_URL}${count}/${i}`;
    out.push({
      id: articleId({ url, title, body }),
      title,
      body,
      published: shiftDate(article.published, i % 3650),
      url,
      publisher: BENCH_PUBLISHER,
    });
  }
  return out;
}
