import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DATA_FILE, loadGazetteer } from '../../../src/gazetteer/load.ts';
import { compileFromPackages, loadAdmin1 } from '../../../src/gazetteer/package-sources.ts';
import { PackedPlaces } from '../../../src/gazetteer/packed-places.ts';

// Compiling 135k cities takes a few seconds on a busy machine.
describe('gazetteer: the committed data file', { timeout: 60_000 }, () => {
  const committed = gunzipSync(readFileSync(DATA_FILE));

  it('is what `npm run gazetteer:data` makes from the installed packages (else: run it)', () => {
    const fresh = compileFromPackages();
    expect(fresh.length).toBe(committed.length);
    expect(Buffer.compare(Buffer.from(fresh), committed)).toBe(0);
  });

  it('holds every admin-1 unit of the list, and each sampled place is found by its own name', () => {
    const packed = new PackedPlaces(committed);
    const units = loadAdmin1();
    for (const u of units) expect(packed.find(`admin1:${u.countryCode}.${u.code}`)).toBeGreaterThanOrEqual(0);
    const g = loadGazetteer();
    for (let i = 0; i < packed.size; i += 997) {
      const p = packed.place(i, () => undefined);
      expect(g.get(p.id)?.name).toBe(p.name);
      expect(g.find(p.name).some((m) => m.exact && m.place.id === p.id)).toBe(true);
    }
  });
});
