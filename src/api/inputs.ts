import { UserInputError } from '../errors.ts';
import { foldName } from '../extract/normalize.ts';

/** Longest filter string accepted; names and search words are far shorter. */
export const MAX_FILTER_LENGTH = 200;

/**
 * Checks a free-text argument: trimmed, bounded, no control characters (a NUL byte or an escape
 * sequence in a name is never a real name). Empty after trimming counts as absent.
 */
export function textArg(name: string, value: string | null | undefined): string | null {
  if (value == null) return null;
  if (value.length > MAX_FILTER_LENGTH) {
    throw new UserInputError(`\`${name}\` is longer than ${MAX_FILTER_LENGTH} characters`);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value)) {
    throw new UserInputError(`\`${name}\` contains control characters`);
  }
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * A name argument folded the way the graph's `nameKeys` are, so 'AL-ASSAD', 'Assad' and 'Assád' are
 * one key. A name that folds to nothing (only punctuation) matches nothing, so it is refused.
 */
export function nameArg(name: string, value: string | null | undefined): string | null {
  const text = textArg(name, value);
  if (text === null) return null;
  const key = foldName(text);
  if (key === '') throw new UserInputError(`\`${name}\` has no letters or digits`);
  return key;
}

/** A whole number that must not be negative (figures, distances). */
export function countArg(name: string, value: number | null | undefined): number | null {
  if (value == null) return null;
  if (!Number.isInteger(value) || value < 0)
    throw new UserInputError(`\`${name}\` must be a whole number ≥ 0`);
  return value;
}

export interface Near {
  latitude: number;
  longitude: number;
  meters: number;
}

/** Longest radius for `near`: a continent; more would scan the whole graph for no useful answer. */
export const MAX_NEAR_KM = 5000;

export function nearArg(
  value: { latitude: number; longitude: number; km: number } | null | undefined,
): Near | null {
  if (value == null) return null;
  const { latitude, longitude, km } = value;
  if (!(latitude >= -90 && latitude <= 90))
    throw new UserInputError('`near.latitude` must be within -90..90');
  if (!(longitude >= -180 && longitude <= 180))
    throw new UserInputError('`near.longitude` must be within -180..180');
  if (!(km > 0 && km <= MAX_NEAR_KM))
    throw new UserInputError(`\`near.km\` must be within 0..${MAX_NEAR_KM}`);
  return { latitude, longitude, meters: km * 1000 };
}

/** Checks that a date range runs forwards. Dates themselves are checked by the Date scalar. */
export function dateRangeArg(from: string | null | undefined, to: string | null | undefined): void {
  if (from != null && to != null && from > to) throw new UserInputError('`from` is after `to`');
}
