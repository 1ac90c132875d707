import type { Doc } from './doc.ts';

/**
 * Date expressions resolved against the publication date. Pure: the only "now" is `published`.
 *
 * - `resolveDateExpression(text, published)` → ISO `YYYY-MM-DD` for the first expression in `text` that
 *   names a day, else null (month-only, vague and anchored expressions give null).
 * - `findDateInSpan(doc, start, end)` → the first expression in `doc.text[start, end)` with its offsets
 *   and kind, so a caller can tell "no date" from "month only" from "hours after <another event>".
 * - `findDateMentions(text, published)` → every expression in `text`, in order.
 *
 * Conventions (fixtures/README.md): "on Sunday" is the most recent Sunday on or before the publication
 * date (the publication weekday itself means that day); "last Sunday" is the most recent one strictly
 * before it; "next Sunday" the first strictly after. A date without a year takes the publication year,
 * or the year before when that would put it more than a month after publication.
 */
export type DateKind =
  /** A resolved day: `iso` is set. */
  | 'day'
  /** A month without a day ("in September", "earlier this month"): `month` is `YYYY-MM`, `iso` null. */
  | 'month'
  /** "a few hours after", "hours before", "the same day": the date of the event it is anchored to. */
  | 'anchor'
  /** "last week", "more than a week ago", "recently": no day can be given. */
  | 'vague';

export interface DateMention {
  kind: DateKind;
  iso: string | null;
  month: string | null;
  /** For anchors: whether the thing happened before, after or on the same day as the anchor event. */
  relation: 'before' | 'after' | 'same' | null;
  text: string;
  /** Offsets into the text searched (for `findDateInSpan`: into `doc.text`). */
  start: number;
  end: number;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};
const MONTH_RE = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const WEEKDAY_RE = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
/** Small counts written as words ("two days ago", "comes an hour after"). */
export const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

type Rule = {
  re: RegExp;
  resolve: (m: RegExpExecArray, pub: Date | null) => Omit<DateMention, 'text' | 'start' | 'end'> | null;
  /** A word every match contains: a text without it is not searched with `re` (most sentences name no date). */
  cue?: Cue;
};

const DAY_MS = 86_400_000;

function parseIso(published: string | null): Date | null {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return null;
  const d = new Date(`${published.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

// The last publication date parsed: an article's sentences all ask with the same one. Never mutated.
let lastPublished: string | null = null;
let lastPub: Date | null = null;
function parsePublished(published: string | null): Date | null {
  if (published !== lastPublished) {
    lastPub = parseIso(published);
    lastPublished = published;
  }
  return lastPub;
}

/**
 * Cheap necessary conditions of the rules below, each tested at most once per text. MONTH: the capitalised
 * month names and abbreviations of MONTH_RE (those rules are case-sensitive); WEEKDAY: any case.
 */
type Cue = 'month' | 'weekday';
const CUES: Record<Cue, RegExp> = {
  month: /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/,
  weekday: /(?:sun|mon|tues|wednes|thurs|fri|satur)day/i,
};
function iso(d: Date): string {
  const y = d.getUTCFullYear();
  // toISOString().slice(0, 10) without building the whole timestamp; it stays for years it writes differently
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}
/** An ISO day `n` days later (earlier when negative). */
export function shiftIso(isoDay: string, n: number): string {
  return iso(addDays(new Date(`${isoDay}T00:00:00Z`), n));
}
function day(d: Date | null): Omit<DateMention, 'text' | 'start' | 'end'> | null {
  return d ? { kind: 'day', iso: iso(d), month: null, relation: null } : null;
}
function monthOf(year: number, month: number): Omit<DateMention, 'text' | 'start' | 'end'> {
  return { kind: 'month', iso: null, month: `${year}-${String(month).padStart(2, '0')}`, relation: null };
}
const VAGUE = { kind: 'vague', iso: null, month: null, relation: null } as const;
function anchor(relation: 'before' | 'after' | 'same') {
  return { kind: 'anchor', iso: null, month: null, relation } as const;
}

/** Weekday relative to publication: 'onOrBefore' ("on Sunday"), 'before' ("last"), 'after' ("next"). */
function weekday(pub: Date | null, name: string, mode: 'onOrBefore' | 'before' | 'after'): Date | null {
  if (!pub) return null;
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  const back = (pub.getUTCDay() - target + 7) % 7;
  if (mode === 'after') return addDays(pub, ((target - pub.getUTCDay() + 7) % 7) || 7);
  return addDays(pub, -(mode === 'before' && back === 0 ? 7 : back));
}

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? 0;
}

/** Year for a month (and day) given without one: the publication year unless that lands well after it. */
function inferYear(pub: Date | null, month: number, dayOfMonth: number): number | null {
  if (!pub) return null;
  const year = pub.getUTCFullYear();
  const candidate = Date.UTC(year, month - 1, dayOfMonth);
  return candidate - pub.getTime() > 31 * DAY_MS ? year - 1 : year;
}

function calendarDay(year: number | null, month: number, dayOfMonth: number): Date | null {
  if (year === null || month < 1 || dayOfMonth < 1 || dayOfMonth > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, dayOfMonth));
  return d.getUTCMonth() === month - 1 ? d : null;
}

// Most specific first: at one position the first matching rule wins.
const RULES: Rule[] = [
  { cue: 'month', re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m, _p) => day(calendarDay(Number(m[3]), monthNumber(m[1]!), Number(m[2]))) },
  { cue: 'month', re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})\\b`, 'g'),
    resolve: (m, _p) => day(calendarDay(Number(m[3]), monthNumber(m[2]!), Number(m[1]))) },
  { cue: 'month', re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*,?\\s*\\d)`, 'g'),
    resolve: (m, p) => { const mo = monthNumber(m[1]!); const d = Number(m[2]); return day(calendarDay(inferYear(p, mo, d), mo, d)); } },
  { cue: 'month', re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}\\b`, 'g'),
    resolve: (m, p) => { const mo = monthNumber(m[2]!); const d = Number(m[1]); return day(calendarDay(inferYear(p, mo, d), mo, d)); } },
  { cue: 'month', re: new RegExp(`\\b(?:in\\s+)?${MONTH_RE}\\s+(\\d{4})\\b`, 'g'),
    resolve: (m) => monthOf(Number(m[2]), monthNumber(m[1]!)) },
  { re: /\b(?:earlier|later|late|early)\s+this\s+month\b|\bthis\s+month\b/gi,
    resolve: (_m, p) => (p ? monthOf(p.getUTCFullYear(), p.getUTCMonth() + 1) : null) },
  // "recaptured the city last November": the latest such month before the month of publication
  { cue: 'month', re: new RegExp(`\\b[Ll]ast\\s+${MONTH_RE}(?!\\w)(?!\\s+\\d)`, 'g'),
    resolve: (m, p) => {
      if (!p) return VAGUE;
      const mo = monthNumber(m[1]!);
      return monthOf(mo >= p.getUTCMonth() + 1 ? p.getUTCFullYear() - 1 : p.getUTCFullYear(), mo);
    } },
  { cue: 'month', re: new RegExp(`\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+${MONTH_RE}(?!\\w)(?!\\s+\\d)`, 'g'),
    resolve: (m, p) => { const mo = monthNumber(m[1]!); const y = inferYear(p, mo, 1); return y === null ? null : monthOf(y, mo); } },
  { re: /\b(?:(?:a\s+)?(?:few|several|couple\s+of|two|three|\d+)\s+)?hours?\s+(before|after|earlier|later)\b|\b(?:shortly|soon|just|minutes|moments)\s+(before|after)\b/gi,
    resolve: (m) => anchor(/before|earlier/i.test(m[1] ?? m[2] ?? '') ? 'before' : 'after') },
  { re: /\b(?:on\s+)?the\s+same\s+day\b|\bthe\s+same\s+(?:morning|evening|night)\b/gi, resolve: () => anchor('same') },
  // "a fourth bomb exploded later in the day", "earlier that morning": the day of what was just reported
  { re: /\b(?:later|earlier)\s+(?:in\s+the|that|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b/gi, resolve: () => anchor('same') },
  // "Saturday night or early Sunday morning": two days offered, so no single day
  { cue: 'weekday', re: new RegExp(`\\b${WEEKDAY_RE}(?:\\s+(?:morning|afternoon|evening|night))?\\s+or\\s+(?:(?:early|late)\\s+)?${WEEKDAY_RE}\\b`, 'g'),
    resolve: (m) => (m[1] === m[2] ? null : VAGUE) },
  // "clashes that continued into Monday", "lasted until Tuesday": how long it went on, not when it happened
  { cue: 'weekday', re: new RegExp(`\\b(?:continu(?:ed|ing)|lasted|lasting|went\\s+on|raged|dragged\\s+on)\\s+(?:(?:well|late)\\s+)?(?:into|until|till|through)\\s+(?:(?:early|late)\\s+)?${WEEKDAY_RE}\\b`, 'g'),
    resolve: () => VAGUE },
  // "shelled the town on Sunday and Monday": two days, no single one (but "late Wednesday and early
  // Thursday" is one night, dated by its first day)
  { cue: 'weekday', re: new RegExp(`\\b${WEEKDAY_RE}\\s+(?:and|through|to)\\s+${WEEKDAY_RE}\\b`, 'g'),
    resolve: (m) => (m[1] === m[2] ? null : VAGUE) },
  { cue: 'weekday', re: new RegExp(`\\blast\\s+${WEEKDAY_RE}\\b`, 'gi'), resolve: (m, p) => day(weekday(p, m[1]!, 'before')) },
  { cue: 'weekday', re: new RegExp(`\\bnext\\s+${WEEKDAY_RE}\\b`, 'gi'), resolve: (m, p) => day(weekday(p, m[1]!, 'after')) },
  { cue: 'weekday', re: new RegExp(`\\b${WEEKDAY_RE}(?:['\u2019]s)?\\b`, 'g'), resolve: (m, p) => day(weekday(p, m[1]!, 'onOrBefore')) },
  { re: /\b(?:the\s+day\s+before\s+yesterday)\b/gi, resolve: (_m, p) => day(p && addDays(p, -2)) },
  { re: /\byesterday\b|\blast\s+night\b/gi, resolve: (_m, p) => day(p && addDays(p, -1)) },
  { re: /\btoday\b|\btonight\b|\bthis\s+(?:morning|afternoon|evening)\b/gi, resolve: (_m, p) => day(p) },
  // "overnight", "in the early hours" with no weekday: the night that ended on the day of publication
  { re: new RegExp(`(?<!${WEEKDAY_RE}\\s+)\\b(?:overnight|in\\s+the\\s+early\\s+hours)\\b(?!\\s+(?:of\\s+|on\\s+)?(?:${WEEKDAY_RE}|${MONTH_RE}|\\d|the\\s+\\w+day))`, 'gi'),
    resolve: (_m, p) => day(p) },
  { re: /\b(?:over|at|during)\s+the\s+(?:long\s+)?weekend\b/gi, resolve: () => VAGUE },
  { re: /\btomorrow\b/gi, resolve: (_m, p) => day(p && addDays(p, 1)) },
  // "a week ago", "one week earlier": seven days back; "more than a week ago" and "three weeks ago" stay vague
  { re: /(?<!\bthan\s)\b(?:a|one)\s+week\s+(?:ago|earlier)\b/gi, resolve: (_m, p) => day(p && addDays(p, -7)) },
  { re: /\b(?:(?:a\s+)?few|several|a\s+couple\s+of|couple\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:weeks|months|years|decades)\s+(?:ago|earlier)\b/gi,
    resolve: () => VAGUE },
  { re: /\b(a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?:ago|earlier)\b/gi,
    resolve: (m, p) => day(p && addDays(p, -(NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1])))) },
  { re: /\b(?:last|this|next)\s+(?:week|month|year|weekend)\b|\b(?:more\s+than\s+)?an?\s+(?:week|month|year)\s+ago\b|\brecently\b|\bearlier\s+this\s+(?:week|year)\b|\bin\s+recent\s+(?:days|weeks)\b/gi,
    resolve: () => VAGUE },
];

/** Every date expression in `text`, in order of position; overlapping matches keep the earliest, longest. */
export function findDateMentions(text: string, published: string | null): DateMention[] {
  const pub = parsePublished(published);
  const found: DateMention[] = [];
  let month: boolean | undefined;
  let weekdayName: boolean | undefined;
  for (const rule of RULES) {
    if (rule.cue === 'month' && !(month ??= CUES.month.test(text))) continue;
    if (rule.cue === 'weekday' && !(weekdayName ??= CUES.weekday.test(text))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      const r = rule.resolve(m, pub);
      // the fields in the order of a spread of r (kind, iso, month, relation) then text, start, end
      if (r) found.push({ kind: r.kind, iso: r.iso, month: r.month, relation: r.relation, text: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** ISO day of the first date expression in `text` that names a day, else null. */
export function resolveDateExpression(text: string, published: string | null): string | null {
  return findDateMentions(text, published).find((d) => d.kind === 'day')?.iso ?? null;
}

/** The first date expression inside `doc.text[start, end)`, with offsets into `doc.text`, or null. */
export function findDateInSpan(doc: Doc, start: number, end: number): DateMention | null {
  const first = findDateMentions(doc.text.slice(start, end), doc.article.published)[0];
  return first ? { ...first, start: first.start + start, end: first.end + start } : null;
}
