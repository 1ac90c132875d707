/**
 * A container for typed arrays in one byte buffer, so that the compiled gazetteer loads as views on a
 * single buffer instead of being rebuilt object by object. Layout: "CKG1", a u32 header length, a JSON
 * header (metadata and where each section lies), then the sections, each starting on an 8-byte
 * boundary. Numbers are little-endian (the byte order of every machine Node runs on here).
 */
export type Section = Uint8Array | Uint16Array | Uint32Array | Int32Array;

const MAGIC = 'CKG1';
const TYPES = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array } as const;
type TypeName = keyof typeof TYPES;

interface Header {
  meta: unknown;
  sections: Array<[name: string, type: TypeName, offset: number, length: number]>;
}

export function writeSections(meta: unknown, sections: Record<string, Section>): Uint8Array {
  const entries = Object.entries(sections);
  const header: Header = { meta, sections: [] };
  // Offsets depend on the header's length, which depends on the offsets' digits: settle it in two passes.
  let headerBytes = new Uint8Array(0);
  for (let pass = 0; pass < 4; pass++) {
    let at = align(8 + headerBytes.length);
    header.sections = entries.map(([name, data]) => {
      const entry: [string, TypeName, number, number] = [name, typeName(data), at, data.length];
      at = align(at + data.byteLength);
      return entry;
    });
    const next = new TextEncoder().encode(JSON.stringify(header));
    const settled = next.length === headerBytes.length;
    headerBytes = next;
    if (settled) break;
  }
  const last = header.sections.at(-1);
  const total = last ? last[2] + (sections[last[0]]?.byteLength ?? 0) : align(8 + headerBytes.length);
  const out = new Uint8Array(total);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(4, headerBytes.length, true);
  out.set(headerBytes, 8);
  for (const [name, , offset] of header.sections) {
    const data = sections[name];
    if (data) out.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), offset);
  }
  return out;
}

/** Views on the sections of a buffer written by `writeSections` (no copy when it is 8-byte aligned). */
export function readSections(bytes: Uint8Array): { meta: unknown; get<T extends Section>(name: string): T } {
  const buf = bytes.byteOffset % 8 === 0 ? bytes : bytes.slice();
  if (new TextDecoder().decode(buf.subarray(0, 4)) !== MAGIC)
    throw new Error('gazetteer data: not a CKG1 file');
  const headerLength = new DataView(buf.buffer, buf.byteOffset).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(buf.subarray(8, 8 + headerLength))) as Header;
  const byName = new Map(header.sections.map((s) => [s[0], s]));
  return {
    meta: header.meta,
    get: <T extends Section>(name: string): T => {
      const s = byName.get(name);
      if (s === undefined) throw new Error(`gazetteer data: no section ${name}`);
      const [, type, offset, length] = s;
      return new TYPES[type](buf.buffer as ArrayBuffer, buf.byteOffset + offset, length) as T;
    },
  };
}

function typeName(data: Section): TypeName {
  if (data instanceof Uint8Array) return 'u8';
  if (data instanceof Uint16Array) return 'u16';
  if (data instanceof Uint32Array) return 'u32';
  return 'i32';
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/** Offsets (n + 1, increasing) as the n lengths between them, which compress far better; every length
 * must be under 65,536. */
export function lengthsOf(starts: Uint32Array): Uint16Array {
  const out = new Uint16Array(starts.length - 1);
  for (let i = 0; i < out.length; i++) {
    const len = (starts[i + 1] ?? 0) - (starts[i] ?? 0);
    if (len > 0xffff) throw new Error(`gazetteer data: an entry of ${len} is too long`);
    out[i] = len;
  }
  return out;
}

/** The offsets back from `lengthsOf`. */
export function startsOf(lengths: Uint16Array): Uint32Array {
  const out = new Uint32Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) out[i + 1] = (out[i] ?? 0) + (lengths[i] ?? 0);
  return out;
}
