/**
 * Everyday English names and adjectives the country data lack ("Britain", "Saudi" as an adjective,
 * "U.S." with periods). General knowledge, keyed by ISO 3166-1 alpha-2.
 */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ['U.S.', 'U.S.A.', 'America', 'United States of America'],
  GB: ['Britain', 'U.K.', 'Great Britain', 'England'],
  AE: ['UAE', 'U.A.E.'],
  CD: ['Congo-Kinshasa', 'DRC'],
  CG: ['Congo-Brazzaville'],
  KP: ['DPRK'],
  RU: ['Russian Federation'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  CZ: ['Czech Republic'],
  TR: ['Türkiye', 'Turkiye'],
  PS: ['Palestinian Territories', 'Palestinian territories'],
  VA: ['Vatican'],
};

export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  SA: ['Saudi', 'Saudis'],
  GB: ['Briton', 'Britons', 'English'],
  US: ['Americans'],
  NL: ['Dutch'],
  PH: ['Filipino'],
  AF: ['Afghani'],
  YE: ['Yemenite'],
  IL: ['Israeli'],
  CN: ['Chinese'],
  JP: ['Japanese'],
  TR: ['Turk', 'Turks'],
  DK: ['Dane', 'Danes'],
  SE: ['Swede', 'Swedes'],
  PL: ['Pole', 'Poles'],
  FI: ['Finn', 'Finns'],
  NZ: ['New Zealander'],
};

/** Names English-language news uses where the data's common name differs ("Türkiye"). The data's
 * name stays an alternate. */
export const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  TR: 'Turkey',
};
