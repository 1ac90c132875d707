import { describe, expect, it } from 'vitest';
import { KeyTable, packKeys } from '../../../src/gazetteer/key-table.ts';
import { lengthsOf, readSections, startsOf, writeSections } from '../../../src/gazetteer/packed-format.ts';

describe('gazetteer file: sections', () => {
  it('reads back every typed array and the metadata, each section 8-byte aligned', () => {
    const sections = {
      a: Uint8Array.from([1, 2, 3]),
      b: Int32Array.from([-7, 2 ** 31 - 1]),
      c: Uint16Array.from([65535, 0, 9]),
      d: Uint32Array.from([4_000_000_000]),
    };
    const bytes = writeSections({ note: 'made up', n: 4 }, sections);
    const file = readSections(bytes);
    expect(file.meta).toEqual({ note: 'made up', n: 4 });
    for (const [name, data] of Object.entries(sections)) {
      const got = file.get(name);
      expect(got.constructor).toBe(data.constructor);
      expect([...got]).toEqual([...data]);
      expect(got.byteOffset % 8).toBe(0);
    }
    expect(() => file.get('missing')).toThrow(/no section missing/);
  });

  it('reads a buffer that starts at an odd offset, and refuses bytes of another format', () => {
    const bytes = writeSections(null, { x: Int32Array.from([5, 6]) });
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect([...readSections(shifted).get('x')]).toEqual([5, 6]);
    expect(() => readSections(new TextEncoder().encode('not a gazetteer file'))).toThrow(/not a CKG1 file/);
  });

  it('turns offsets into lengths and back', () => {
    const starts = Uint32Array.from([0, 3, 3, 10]);
    expect([...lengthsOf(starts)]).toEqual([3, 0, 7]);
    expect([...startsOf(lengthsOf(starts))]).toEqual([...starts]);
    expect(() => lengthsOf(Uint32Array.from([0, 70_000]))).toThrow(/too long/);
  });
});

describe('gazetteer file: key table', () => {
  const table = new KeyTable(
    packKeys(
      new Map([
        ['zeta', [4]],
        ['alpha', [2, 0]],
        ['ålesund', [7]],
        ['alp', [1]],
        ['', [9]],
      ]),
    ),
  );

  it('finds each key with its places in their given order, non-ASCII keys too', () => {
    expect([...table.lookup('alpha')]).toEqual([2, 0]);
    expect([...table.lookup('alp')]).toEqual([1]);
    expect([...table.lookup('zeta')]).toEqual([4]);
    expect([...table.lookup('ålesund')]).toEqual([7]);
    expect(table.size).toBe(5);
  });

  it('finds nothing for a prefix, an extension or an absent key', () => {
    expect([...table.lookup('al')]).toEqual([]);
    expect([...table.lookup('alphabet')]).toEqual([]);
    expect([...table.lookup('omega')]).toEqual([]);
  });

  it('survives a trip through the file sections', () => {
    const bytes = writeSections(null, table.sections('k'));
    const back = KeyTable.fromSections(readSections(bytes).get, 'k');
    expect([...back.lookup('alpha')]).toEqual([2, 0]);
    expect([...back.lookup('ålesund')]).toEqual([7]);
  });
});
