import type { Doc } from '../doc.ts';
import { allMatches } from '../all-matches.ts';
import type { ActorRef } from '../types.ts';
import { foldName } from '../normalize.ts';

/**
 * Who reported a casualty figure: a statement covering it (its speaker), "according to X", or the
 * subject of a speech verb before it in the same sentence ("hospital officials said at least 40 ...").
 * Null when the article says it in its own voice.
 */
const SPEECH = /\b(?:say|says|said|told\s+[^,;]{1,40}?|reported|reports|report|put|puts|claimed|claims|estimated|estimates|confirmed|confirms|announced|quoted)\b/gi;
const ACCORDING = /\baccording\s+to\s+((?:[\w'\u2019.-]+\s*){1,8})/i;
// also when another clause follows: "12 were killed, the ministry said, while hospital sources put the toll at 16"
const TRAILING = /,\s+((?:[\w'\u2019.-]+\s+){0,5}?[\w'\u2019.-]+)\s+(?:said|say|says|reported|told\s+[^,.]{1,40})(?:\s*[.!]?["\u201d]?\s*$|,\s+(?:while|whereas|but|although|though|adding)\b)/;
const BOUNDARY = /(?:^|[,;:]\s+|\b(?:but|while|and|whereas|meanwhile)\s+)(?=[^,;:]*$)/i;

function refFor(doc: Doc, phrase: string, start: number, end: number): ActorRef {
  for (const m of doc.mentions) {
    if (m.start < start || m.end > end || !m.entityKey) continue;
    if (m.type === 'person') {
      const p = doc.people.find((x) => x.key === m.entityKey);
      if (p) return { type: 'person', name: p.name, key: p.key };
    }
    if (m.type === 'organization') {
      const o = doc.organizations.find((x) => x.key === m.entityKey);
      if (o) return { type: 'organization', name: o.name, key: o.key };
    }
  }
  const folded = foldName(phrase);
  const org = doc.organizations.find((o) => [o.name, ...o.aliases].some((n) => folded.endsWith(foldName(n)) && foldName(n).length > 1));
  if (org) return { type: 'organization', name: org.name, key: org.key };
  return { type: 'anonymous', name: phrase, key: null };
}

/** The head phrase of a subject: without a leading article or trailing "in eastern X" or appositive. */
function headPhrase(raw: string): string {
  return raw
    .replace(/^(?:meanwhile|however|also|but|and|officially)\s*,?\s+/i, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/\s+(?:in|from|at|of)\s+(?:the\s+)?(?:[a-z]+ern\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*$/, '')
    .replace(/\s+(?:also|later|earlier|initially|separately)$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function figureSource(doc: Doc, sentenceStart: number, sentenceEnd: number, figureStart: number): ActorRef | null {
  const covering = doc.statements.find((s) => s.evidence.start <= figureStart && s.evidence.end > figureStart);
  if (covering) return covering.speakerRef;
  const sentence = doc.text.slice(sentenceStart, sentenceEnd);
  const rel = figureStart - sentenceStart;
  const according = ACCORDING.exec(sentence.slice(rel)) ?? ACCORDING.exec(sentence.slice(0, rel));
  if (according) {
    const phrase = according[1]!.replace(/[.,;]+$/, '').trim();
    const at = sentenceStart + sentence.indexOf(according[1]!);
    return refFor(doc, headPhrase(phrase), at, at + phrase.length);
  }
  // "..., killing 12 people, local officials said."
  const trailing = TRAILING.exec(sentence.slice(rel));
  if (trailing) {
    const at = sentenceStart + rel + trailing.index + trailing[0].indexOf(trailing[1]!);
    return refFor(doc, headPhrase(trailing[1]!), at, at + trailing[1]!.length);
  }
  const before = sentence.slice(0, rel);
  // the nearest speech verb before the figure, with no clause break of its own in between
  // "..., police said, and a second bomb wounded five": a verb closed by a comma ends its own attribution
  const verb = allMatches(SPEECH, before).reverse().find((v) => before.length - v.index < 110 && !/;/.test(before.slice(v.index))
    && !/^\s*,\s+(?:and|but|while|whereas)\b/i.test(before.slice(v.index + v[0].length)));
  if (!verb) return null;
  const head = before.slice(0, verb.index);
  const boundary = BOUNDARY.exec(head);
  const subjectStart = boundary ? boundary.index + boundary[0].length : 0;
  const subject = headPhrase(head.slice(subjectStart));
  if (!subject || /^(?:it|they|he|she|we)$/i.test(subject)) {
    return subject ? refFor(doc, subject, sentenceStart + subjectStart, sentenceStart + verb.index) : null;
  }
  return refFor(doc, subject, sentenceStart + subjectStart, sentenceStart + verb.index);
}
