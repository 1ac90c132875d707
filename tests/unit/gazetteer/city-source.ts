import type { CitySource } from '../../../src/gazetteer/build.ts';

/** A GeoNames city record for made-up gazetteers in tests (no alternate names). */
export const citySource = (
  geonameId: number,
  name: string,
  countryCode: string,
  adminCode: string,
  featureCode: string,
  population: number,
  lat: number,
  lon: number,
): CitySource => ({
  geonameId,
  name,
  altNames: [],
  countryCode,
  adminCode,
  featureCode,
  population,
  lat,
  lon,
});
