import type { Doc } from '../doc.ts';
import type { OrganizationEntity } from '../types.ts';
import type { Features } from '../events/logistic.ts';
import { FACILITY_HEADS, orgHeadKind } from './data/organizations.ts';
import { SPEECH_VERBS } from './lexicon.ts';
import type { OrgChoiceGazetteer } from './org-choice-features.ts';

/**
 * "Under which name": a listed organization whose mention runs on into "of/in/for/on" or a possessive and
 * more capitalised words ("X of Y Z", "X's Y Office") may be a fragment of a fuller name. Each way to
 * extend it (to every capitalised word of the run) is a candidate, with features from the words of the
 * extension and what follows it; the learned choice takes the best one above its threshold.
 */
export interface Extension {
  /** Index into doc.organizations. */
  org: number;
  /** The extended name as the text writes it. */
  name: string;
  /** The words after the link ("Y Z"), as the text writes them. */
  tail: string;
  features: Features;
}

const LINKS = new Set(['of', 'in', 'for', 'on']);
const POSSESSIVE = /^(?:['\u2019]s?|['\u2019])$/;
const INNER = new Set(['the', 'and', 'of', 'for', 'on', 'in']);
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const MAX_TOKENS = 8;

export function orgExtensions(doc: Doc, gazetteer: OrgChoiceGazetteer, ends: Map<number, number>): Extension[] {
  const out: Extension[] = [];
  const kept = doc.mentions.filter((m) => m.type === 'person' || m.type === 'place');
  doc.organizations.forEach((org, oi) => {
    const seen = new Set<string>();
    for (const m of org.mentions) {
      const e = ends.get(m.end);
      const link = e === undefined ? undefined : doc.tokens[e + 1];
      if (e === undefined || link === undefined || link.sentenceIndex !== doc.tokens[e]?.sentenceIndex) continue;
      const linkWord = link.text.toLowerCase();
      const possessive = POSSESSIVE.test(link.text);
      if (!LINKS.has(linkWord) && !possessive) continue;
      for (let j = e + 2; j < Math.min(doc.tokens.length, e + 2 + MAX_TOKENS); j++) {
        const t = doc.tokens[j];
        if (t === undefined || t.sentenceIndex !== link.sentenceIndex) break;
        const capital = /^[\p{Lu}\d]/u.test(t.text);
        if (!capital && !INNER.has(t.text.toLowerCase())) break;
        if (!capital) continue;
        const name = doc.text.slice(m.start, t.end);
        if (seen.has(name)) continue;
        seen.add(name);
        const tailStart = doc.tokens[e + 2]?.start ?? t.start;
        const tail = doc.text.slice(tailStart, t.end);
        const f = new Map<string, number>();
        f.set(possessive ? 'link:possessive' : `link:${linkWord}`, 1);
        const words = tail.split(/\s+/);
        f.set(`tail-tokens:${Math.min(words.length, 4)}`, 1);
        const last = (words.at(-1) ?? '').toLowerCase();
        f.set(`tail-head:${orgHeadKind(last) ?? 'none'}`, 1);
        if (FACILITY_HEADS.has(last)) f.set('tail-head:facility', 1);
        if (words.some((w) => CALENDAR.has(w.toLowerCase()))) f.set('tail:calendar', 1);
        if (words.some((w) => INNER.has(w))) f.set('tail:inner-word', 1);
        if (gazetteer.find(tail).some((x) => x.exact)) f.set('tail:gazetteer-place', 1);
        if (gazetteer.nationality(words[0] ?? '') !== undefined) f.set('tail:nationality-first', 1);
        if (kept.some((x) => x.type === 'person' && x.start < t.end && x.end > tailStart)) f.set('tail:person', 1);
        if (kept.some((x) => x.type === 'place' && x.start <= tailStart && x.end >= t.end)) f.set('tail:is-place', 1);
        const next = doc.tokens[j + 1];
        const sameSentence = next !== undefined && next.sentenceIndex === t.sentenceIndex;
        if (sameSentence && /^\p{Lu}/u.test(next.text)) f.set('after:capital', 1);
        if (sameSentence && SPEECH_VERBS.has(next.text.toLowerCase())) f.set('after:speech', 1);
        if (sameSentence && next.text === '(') f.set('after:bracket', 1);
        if (!sameSentence) f.set('after:sentence-end', 1);
        if (doc.organizations.some((o, i) => i !== oi && o.name === tail)) f.set('tail:listed-org', 1);
        if (/^(?:[A-Z]\.?){2,8}$/.test(org.name)) f.set('org:acronym', 1);
        if (doc.text.split(name).length > 2) f.set('name:repeated', 1);
        out.push({ org: oi, name, tail, features: f });
      }
    }
  });
  return out;
}

/** Token index by end offset, built once per document. */
export function tokenEnds(doc: Doc): Map<number, number> {
  return new Map(doc.tokens.map((t) => [t.end, t.index]));
}

/**
 * Renames each chosen organization to its extended name, the old name kept as an alias; a listed
 * organization named exactly by the extension's tail ("Y Office" beside "X's Y Office") joins it.
 * `chosen` holds at most one extension per organization. Returns the organizations that remain.
 */
export function applyExtensions(orgs: OrganizationEntity[], chosen: readonly Extension[]): OrganizationEntity[] {
  const absorbed = new Set<OrganizationEntity>();
  for (const x of chosen) {
    const org = orgs[x.org];
    if (org === undefined || absorbed.has(org)) continue;
    const previous = org.name;
    org.name = x.name;
    org.aliases = [previous, ...org.aliases.filter((a) => a !== x.name && a !== previous)];
    const part = orgs.find((o) => o !== org && o.name === x.tail);
    if (part !== undefined) {
      for (const a of [part.name, ...part.aliases]) if (!org.aliases.includes(a) && a !== org.name) org.aliases.push(a);
      org.mentions.push(...part.mentions);
      org.mentions.sort((a, b) => a.start - b.start);
      absorbed.add(part);
    }
  }
  return orgs.filter((o) => !absorbed.has(o));
}
