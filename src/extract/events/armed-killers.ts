/**
 * "Militants killed eight villagers", "suspected jihadists shot dead two farmers": an armed group as
 * the subject of a killing verb reports an assault (ATTACK; an armed target makes it a clash later)
 * even with no attack noun. Not "20 fighters killed in the clashes" (a count before the noun, or the
 * verb followed by "in", "by", "during", ...: the group were the victims). General English words only.
 */
const ARMED_NOUNS = ['militants?', 'insurgents?', 'jihadists?', 'islamists?', 'extremists?', 'fighters', 'rebels', 'assailants?',
  'attackers?', 'bandits?', 'terrorists?', 'gunm[ae]n', 'herdsmen', 'militiamen', 'militias?', 'kidnappers', 'raiders'];
const KILLING = ['killed', 'shot dead', 'shot and killed', 'massacred', 'slaughtered', 'executed', 'murdered', 'hacked to death'];
const NO_COUNT_BEFORE = '(?<!(?:\\d|\\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|several|many|some|hundreds|of))\\s+(?:\\w+\\s+)?)';
const NOT_PASSIVE = '(?!\\s+(?:in|on|by|during|when|while|after|since|and|or|as|near|inside|outside|at(?!\\s+least))\\b)(?!\\s*[,.;])';

/** The trigger pattern (a regex fragment in the TRIGGER_WORDS style). */
export const ARMED_KILLERS = `${NO_COUNT_BEFORE}(?:${ARMED_NOUNS.join('|')}) (?:(?:have|had|reportedly|allegedly|also|then|later)\\s+)?(?:${KILLING.join('|')})${NOT_PASSIVE}`;
