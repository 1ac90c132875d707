import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { Gazetteer } from './gazetteer.ts';
import { openGazetteer, type CountrySource } from './build.ts';
import { DISPLAY_NAMES, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS } from './country-extras.ts';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  latlng: number[];
}

let cached: Gazetteer | undefined;

/** The compiled admin-1 and city data (`npm run gazetteer:data` writes it from the npm packages). */
export const DATA_FILE = fileURLToPath(new URL('./data/places.bin.gz', import.meta.url));

/**
 * Opens the compiled gazetteer file and indexes the country list (world-countries), once per process
 * (later calls return the same gazetteer). This is the only I/O of the extractor's resources. The file
 * is read as typed-array views on one buffer: no object per place, so loading stays small and quick.
 */
export function loadGazetteer(): Gazetteer {
  if (cached !== undefined) return cached;
  cached = openGazetteer(loadCountries(), gunzipSync(readFileSync(DATA_FILE)));
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
