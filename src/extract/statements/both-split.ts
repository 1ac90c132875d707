/*
 * "Both the Norlandian and Eastlandian foreign ministers said ...": two people, one per adjective, each
 * written as the singular phrase ("Norlandian foreign minister").
 */
import type { ActorRef } from '../types.ts';
import type { TokenRange } from './subject.ts';
import type { SentenceView } from './units.ts';

/** The plural noun made singular: "ministers" → "minister", "envoys" → "envoy", "spokesmen" → "spokesman". */
function singular(noun: string): string {
  if (/men$/.test(noun)) return noun.replace(/men$/, 'man');
  if (/ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  return noun.replace(/s$/, '');
}

/** The two speakers of "both (the) A and B <modifiers> <plural noun>"; null for any other phrase. */
export function bothSplit(view: SentenceView, range: TokenRange): ActorRef[] | null {
  const words = view.tokens.slice(range.from, range.to).map((t) => t.text);
  if (!/^both$/i.test(words[0] ?? '')) return null;
  let i = /^the$/i.test(words[1] ?? '') ? 2 : 1;
  const capital = (w: string | undefined): boolean => /^\p{Lu}/u.test(w ?? '');
  const first: string[] = [];
  while (capital(words[i])) first.push(words[i++]!);
  if (first.length === 0 || words[i] !== 'and') return null;
  i++;
  const second: string[] = [];
  while (capital(words[i])) second.push(words[i++]!);
  const noun = words.slice(i);
  const head = noun[noun.length - 1] ?? '';
  if (second.length === 0 || noun.length === 0 || noun.length > 3 || !noun.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w))) return null;
  if (!/[^s]s$|men$/.test(head)) return null;
  const phrase = [...noun.slice(0, -1), singular(head)].join(' ');
  return [first, second].map((adj) => ({ type: 'anonymous', name: `${adj.join(' ')} ${phrase}`, key: null }));
}
