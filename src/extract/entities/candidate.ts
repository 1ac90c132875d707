import type { OrganizationKind, PlaceKind } from '../types.ts';
import type { KnownOrganization } from './data/known-organizations.ts';

/**
 * One classified stretch of text. Token indexes are [start, end); `nameStart`/`nameEnd` cover the
 * entity's own name inside it (a person's name without the title before it, a place without its
 * "province").
 */
export interface Candidate {
  type: 'person' | 'organization' | 'place' | 'nationality';
  sentenceIndex: number;
  start: number;
  end: number;
  nameStart: number;
  nameEnd: number;
  /** Person: the title tokens before the name ("US Secretary of State"), as [start, end). */
  rolePrefix?: [number, number];
  /** Person: a title word kept with a one-word name ("King Abdullah"). */
  keepTitle?: string;
  orgKind?: OrganizationKind;
  known?: KnownOrganization;
  placeKind?: PlaceKind;
  /** Place: the text's own parent ("the Homs neighbourhood of X", "X, Syria"), as token [start, end). */
  parentSpan?: [number, number];
  /** Nationality: the ISO country code; place (country): the same. */
  countryCode?: string;
  /** Person: only the shape of the name says so; the document's other uses of the name decide. */
  weak?: boolean;
  /** Organization: the name ends inside its last token, at this character offset ("al-Qaida" in
   * "al-Qaida-linked"). */
  charEnd?: number;
  /** Place: it follows "in", "near" and the like. */
  locative?: boolean;
}
