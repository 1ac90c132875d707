import type { Range } from '../types.ts';
import { RANKED_ONE } from './casualty-words.ts';

/**
 * A nationality that stands for one person ("shot dead an Atlantean who ..."): only right before a clause
 * boundary, so that "an Atlantean soldier" is read by its noun instead.
 */
export const DEMONYM = '[A-Z][a-z]+(?:ian|an|i|ese)(?=\\s*(?:[,.;]|(?:who|that|in|on|at|near|during|after|while|when|as)\\b))';

const RANKED = new RegExp(`\\b(?:${RANKED_ONE.join('|')})$`, 'i');

/**
 * The figure of one victim named by a noun phrase: exactly one ("killing a policeman"), or at least one
 * when the victim is a person of rank ("killed a senior rebel commander"), the target of a strike whose
 * other dead the article leaves uncounted (the corpus's reading).
 */
export function oneVictim(noun: string): Range {
  return { min: 1, max: RANKED.test(noun.trim()) ? null : 1 };
}
