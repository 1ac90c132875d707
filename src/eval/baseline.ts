import { UserInputError } from '../errors.ts';
import type { ArticleScore, Scores } from './score.ts';

/**
 * The per-article scores of an earlier `eval --json` report, lined up with the articles of this run so
 * that a paired comparison compares each article with itself. Both runs must cover the same articles:
 * a comparison over different sets would mix the change with the sets' difference.
 */
export function pairBaseline(text: string, where: string, current: readonly ArticleScore[]): Scores[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    throw new UserInputError(`${where}: not JSON (expected the output of \`conflict-kg eval --json\`)`, { cause });
  }
  const articles = (parsed as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles))
    throw new UserInputError(`${where}: no "articles" array (expected the output of \`conflict-kg eval --json\`)`);
  const byId = new Map<string, Scores>();
  for (const a of articles as Array<{ id?: unknown; scores?: unknown }>) {
    if (typeof a?.id !== 'string' || !isScores(a.scores))
      throw new UserInputError(`${where}: an article without "id" and "scores"`);
    byId.set(a.id, a.scores);
  }
  const missing = current.filter((a) => !byId.has(a.id)).map((a) => a.id);
  if (missing.length > 0 || byId.size !== current.length) {
    const extra = byId.size - (current.length - missing.length);
    throw new UserInputError(
      `${where}: the baseline covers other articles (${missing.length} of this run missing from it, ${extra} only in it)` +
        (missing.length ? `, e.g. ${missing.slice(0, 3).join(', ')}` : ''),
    );
  }
  return current.map((a) => byId.get(a.id)!);
}

function isScores(value: unknown): value is Scores {
  const s = value as Partial<Scores> | null;
  const counts = (p: unknown): boolean =>
    !!p && typeof (p as { gold?: unknown }).gold === 'number' && typeof (p as { matched?: unknown }).matched === 'number';
  return (
    !!s &&
    counts(s.people) &&
    counts(s.organizations) &&
    counts(s.places) &&
    counts(s.statements) &&
    counts(s.events) &&
    typeof s.statements?.speakerAccuracy?.right === 'number' &&
    typeof s.events?.killed?.right === 'number' &&
    typeof s.events?.injured?.right === 'number' &&
    typeof s.events?.date?.right === 'number'
  );
}
