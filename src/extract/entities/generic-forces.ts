import type { EntityContext } from './context.ts';
import { lower } from './context.ts';
import { FAITHS } from './data/words.ts';

/**
 * Capitalised generic actors: "Security Forces said", "Riot Police fired tear gas", "Western Intelligence
 * Agencies believe", "Human Rights Groups said". Every word is a general kind of force or a general modifier, so the phrase names no
 * body (the corpus lists "police" and "Russian forces" as unnamed actors, capitals or not). A name keeps
 * any word outside these lists: "Popular Mobilization Forces", "Border Police of Ruritania" (the "of"
 * part), "National Police", "Federal Police" (a country's named corps), "Administration Police".
 */
const FORCE_NOUNS: ReadonlySet<string> = new Set([
  'forces',
  'force',
  'troops',
  'police',
  'policemen',
  'guards',
  'soldiers',
  'militia',
  'militias',
  'militiamen',
  'units',
  'commandos',
  'agencies',
  'personnel',
  'fighters',
  'rebels',
  'insurgents',
  'militants',
  // Plural kinds of bodies after general words: "Human Rights Groups", "Aid Agencies", "Opposition Parties".
  'groups',
  'organizations',
  'organisations',
  'authorities',
  'parties',
  'services',
]);

const GENERAL_MODIFIERS: ReadonlySet<string> = new Set([
  'security',
  'special',
  'riot',
  'anti-riot',
  'border',
  'government',
  'pro-government',
  'anti-government',
  'coalition',
  'rebel',
  'opposition',
  'allied',
  'foreign',
  'western',
  'local',
  'provincial',
  'district',
  'regional',
  'tribal',
  'intelligence',
  'elite',
  'paramilitary',
  'armed',
  'ground',
  'counterterrorism',
  'counter-terrorism',
  'auxiliary',
  'police',
  'army',
  'military',
  'human',
  'rights',
  'aid',
  'relief',
  'humanitarian',
  'civil',
  'society',
  'emergency',
  'rescue',
  'medical',
  'health',
  'political',
  'islamist',
  'jihadist',
  'extremist',
  'terrorist',
  'militant',
  'international',
  'non-governmental',
  'charity',
  'religious',
  // faiths: "Shiite Militias", "Christian Fighters" are fighters of a faith, not a named force
  ...FAITHS,
]);

/** Whether [start, end) is two or more capitalised words, all general: a modifier run then a force noun. */
export function isGenericForcePhrase(ctx: EntityContext, start: number, end: number): boolean {
  if (end - start < 2 || !FORCE_NOUNS.has(lower(ctx.tokens[end - 1]))) return false;
  for (let k = start; k < end - 1; k++) if (!GENERAL_MODIFIERS.has(lower(ctx.tokens[k]))) return false;
  return true;
}

/** "Christian Militia fighters": after the faith words, a lone force noun is no group's name. */
export function isForceNoun(ctx: EntityContext, at: number): boolean {
  return FORCE_NOUNS.has(lower(ctx.tokens[at]));
}
