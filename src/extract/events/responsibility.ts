import type { Doc } from '../doc.ts';
import { allMatches } from '../all-matches.ts';
import type { Resources } from '../pipeline.ts';
import { foldName } from '../normalize.ts';
import type { Group } from './groups.ts';

/**
 * Who claimed, denied or did it, from the sentences that report the event: "X claimed responsibility",
 * "claimed by X", "X said it carried out", "X denied ...", "Russian air strikes", "X militants attacked".
 */
export interface Responsibility {
  claimedBy: string[];
  deniedBy: string[];
  perpetrators: string[];
}

const NAME = `((?:the\\s+)?(?:al[- ])?[A-Z][\\w'\u2019-]*(?:\\s+(?:al[- ])?[A-Z][\\w'\u2019-]*)*)`;
const NAME_ALL = new RegExp(NAME, 'g');
const CLAIM_SUBJECT = new RegExp(`${NAME}(?:\\s+(?:group|militants|militia|fighters|rebels|insurgents))?[^.;]{0,40}?\\s+(?:has\\s+|had\\s+|have\\s+)?claimed\\s+(?:responsibility|credit|(?:the|this|that|[A-Z]\\w+day's)\\s+(?:\\w+\\s+){0,2}(?:attack|attacks|bombing|bombings|blast|assault|killing|killings|strike|ambush|raid))`, 'g');
const CLAIMED_BY = new RegExp(`\\bclaimed\\s+by\\s+${NAME}`, 'g');
const SAID_IT_DID = new RegExp(`${NAME}(?:\\s+(?:group|militants|rebels|fighters|insurgents))?\\s+(?:said|says|announced)\\s+(?:it|they)\\s+(?:had\\s+|have\\s+)?(?:carried\\s+out|launched|fired|conducted|was\\s+behind|were\\s+behind|staged)\\b`, 'g');
const DENIED = new RegExp(`${NAME}(?:\\s+(?:group|militants|rebels))?\\s+(?:has\\s+|had\\s+)?(?:denied|denies|rejected)\\s+(?:any\\s+)?(?:responsibility|involvement|role|carrying|it\\s+was|that\\s+it|(?:its|their)\\s+[^.;]{0,40}?(?:involved|responsible|behind))`, 'g');
const DID_IT = new RegExp(`${NAME}(?:\\s+(?:militants|fighters|rebels|insurgents|gunmen|forces|troops|militia))?\\s+(?:attacked|stormed|ambushed|raided|overran|carried\\s+out|launched|captured|kidnapped|abducted)\\b`, 'g');
// What every DID_IT match contains (the same verbs, case-sensitive as there): a cheap test before it.
const DID_IT_VERB = /(?:attacked|stormed|ambushed|raided|overran|carried\s+out|launched|captured|kidnapped|abducted)\b/;
const ATTACK_BY = new RegExp(`\\b(?:attack|attacks|assault|bombing|bombings|ambush|raid|offensive)\\s+by\\s+${NAME}`, 'g');
// "No one immediately claimed the attack", "No group has yet claimed responsibility"
// "was attacked by about 30 X rebels"
const ATTACKED_BY = new RegExp(`\\b(?:attacked|ambushed|raided|stormed|overrun|carried\\s+out|launched)\\s+by\\s+(?:(?:about|around|some|nearly|at\\s+least|more\\s+than|up\\s+to)\\s+)?(?:\\d+\\s+|(?:two|three|four|five|six|seven|eight|nine|ten|a\\s+dozen|dozens\\s+of|several|armed|suspected|unidentified)\\s+)?${NAME}`, 'g');
const NEGATED = /\bno\s+(?:immediate\s+)?claim\b|\b(?:nobody|no\s+(?:\w+\s+)?(?:group|one|organi[sz]ation))\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+|yet\s+)?claimed\b/i;
/** Capitalised words at the start of a sentence that are not an actor's name. */
const NOT_A_NAME = /^(?:A|An|The|It|They|He|She|We|No|None|Nobody|Neither|Nor|Some|Many|Most|Several|Others?|This|That|These|Those|But|And|However|Meanwhile)$/;

function canonical(doc: Doc, raw: string): string {
  // an adverb is never part of a name ("X frequently attack ...")
  const name = raw.replace(/^the\s+/i, '').replace(/['\u2019]s$/, '').replace(/(?:\s+[a-z]+ly)+$/, '').trim();
  const f = foldName(name);
  const org = doc.organizations.find((o) => [o.name, ...o.aliases].some((n) => foldName(n) === f || f.endsWith(` ${foldName(n)}`)));
  return org?.name ?? name;
}

function lastName(doc: Doc, re: RegExp, text: string): string[] {
  const out: string[] = [];
  for (const m of allMatches(re, text)) {
    // the last capitalised phrase before the verb is the actor ("a tweet in the name of the X group claimed")
    const names = allMatches(NAME_ALL, m[0]).map((n) => n[1]!).filter((n) => !NOT_A_NAME.test(n));
    const pick = re === CLAIMED_BY || re === ATTACK_BY || re === ATTACKED_BY ? m[1] : names.at(-1);
    if (pick && NOT_A_NAME.test(pick)) continue;
    if (pick) out.push(canonical(doc, pick));
  }
  return out;
}

const uniq = (xs: string[]): string[] => [...new Map(xs.map((x) => [foldName(x), x])).values()];

/**
 * `eventSentences` are the sentences reporting any event: a sentence right after this event's own that
 * reports none ("X denied its forces were involved.") is read as about this event.
 */
export function findResponsibility(doc: Doc, resources: Resources, groups: readonly Group[], eventSentences: ReadonlySet<number>): Responsibility {
  const claimedBy: string[] = [];
  const deniedBy: string[] = [];
  const perpetrators: string[] = [];
  const seen = new Set<number>();
  // a ceasefire or a protest is agreed or held, not claimed
  groups = groups.filter((g) => g.family === 'violent');
  const indexes = groups.flatMap((g) => [g.sentence.index, g.sentence.index + 1].filter((i) => i === g.sentence.index || !eventSentences.has(i)));
  for (const index of indexes) {
    if (seen.has(index) || !doc.sentences[index]) continue;
    seen.add(index);
    const text = doc.sentences[index]!.text;
    // cheap word tests first: the patterns are slow to try on every sentence
    if (/\bclaim/i.test(text) && !NEGATED.test(text)) claimedBy.push(...lastName(doc, CLAIM_SUBJECT, text), ...lastName(doc, CLAIMED_BY, text));
    if (/\b(?:said|says|announced)\s+(?:it|they)\b/i.test(text)) claimedBy.push(...lastName(doc, SAID_IT_DID, text));
    if (/\b(?:denied|denies|rejected)\b/i.test(text)) deniedBy.push(...lastName(doc, DENIED, text));
    if (DID_IT_VERB.test(text)) perpetrators.push(...lastName(doc, DID_IT, text));
    if (/\bby\s+[A-Z]/.test(text)) perpetrators.push(...lastName(doc, ATTACK_BY, text));
    if (/\bby\b/.test(text)) perpetrators.push(...lastName(doc, ATTACKED_BY, text));
  }
  for (const g of groups) {
    for (const t of g.triggers) {
      if (!t.actorModifier) continue;
      const first = t.actorModifier.split(/\s+/)[0]!;
      const nationality = typeof resources.gazetteer.nationality === 'function' ? resources.gazetteer.nationality(first) : undefined;
      if (nationality && t.actorModifier.split(/\s+/).length === 1) perpetrators.push(nationality.name);
      else perpetrators.push(canonical(doc, t.actorModifier));
    }
  }
  const claimed = uniq(claimedBy);
  return { claimedBy: claimed, deniedBy: uniq(deniedBy), perpetrators: uniq([...claimed, ...perpetrators]) };
}
