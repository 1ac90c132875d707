/**
 * Words just before a ceasefire noun that make it wanted or worked for, not reached: "talks aimed at a
 * ceasefire", "efforts toward a truce", "hope to reach a ceasefire agreement", "negotiating a truce".
 * Only before the noun: after it ("a truce aimed at ending the war was signed") the truce may be real.
 */
const INTENT = [
  'aim(?:ed|ing|s)?\\s+at', 'aim\\s+(?:of|is)', 'towards?', 'efforts?\\s+(?:to\\s+\\w+|at|for|toward)', 'bid\\s+(?:for|to\\s+\\w+)',
  'prospects?\\s+(?:of|for)', 'chances?\\s+(?:of|for)', 'hopes?\\s+(?:of|for|to\\s+\\w+)', 'hoping\\s+(?:for|to\\s+\\w+)',
  'negotiat(?:e|ing)', 'negotiations?\\s+(?:on|for|over|toward)', 'talks\\s+(?:for|about|over|toward|towards|on)',
  'plans?\\s+(?:for|to\\s+\\w+)', 'wants?', 'wanted', 'try(?:ing)?\\s+to\\s+\\w+', 'tried\\s+to\\s+\\w+', 'attempts?\\s+to\\s+\\w+',
  'pressure\\s+(?:for|to\\s+\\w+)', 'press(?:ed|es|ing)?\\s+for', 'appeal(?:ed|s|ing)?\\s+for', 'call(?:ing|s)?\\s+for',
  'push(?:es|ing)?\\s+for', 'work(?:ing|s|ed)?\\s+(?:toward|towards|for|on)', 'discuss(?:ed|es|ing)?', 'consider(?:ed|s|ing)?',
  // "efforts to get the factions to agree to a ceasefire": an infinitive of agreeing is a wish
  'to\\s+agree\\s+(?:to|on)', 'offer(?:ed|s|ing)?', 'propos(?:e|ed|es|ing)', 'urg(?:e|ed|es|ing)', 'need\\s+(?:for|to\\s+\\w+)', 'seek(?:s|ing)?', 'sought',
];
const INTENT_BEFORE = new RegExp(`\\b(?:${INTENT.join('|')})\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}$`, 'i');

/** Whether the text just before a ceasefire noun (ending where the noun starts) makes it only wanted. */
export function intendedCeasefire(before: string): boolean {
  return INTENT_BEFORE.test(before.slice(-70));
}
