/**
 * A TrueType font with only the outlines of the given characters, everything else as it was
 * (glyph ids, metrics, cmap, kerning): resvg reads the whole font file again for every text it
 * lays out, so a page of a Gantt chart with ~80 labels read DejaVu Sans' 760 kB ~80 times —
 * most of the rasterising time. Without the outlines of the ~5,800 glyphs a report never uses
 * (and without the glyph names) the file is about a fifth of that. Pure and deterministic: the
 * same font and characters give the same bytes.
 */

interface Table {
  tag: string;
  data: Buffer;
}

function readTables(font: Buffer): Table[] {
  const count = font.readUInt16BE(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const entry = 12 + 16 * i;
    const offset = font.readUInt32BE(entry + 8);
    const length = font.readUInt32BE(entry + 12);
    tables.push({ tag: font.toString('latin1', entry, entry + 4), data: font.subarray(offset, offset + length) });
  }
  return tables;
}

/** Glyph ids of the characters, from the Windows Unicode BMP cmap (format 4). */
function glyphIdsOf(cmap: Buffer, characters: Iterable<number>): Set<number> {
  const count = cmap.readUInt16BE(2);
  let sub = -1;
  for (let i = 0; i < count; i++) {
    const platform = cmap.readUInt16BE(4 + 8 * i);
    const encoding = cmap.readUInt16BE(6 + 8 * i);
    const offset = cmap.readUInt32BE(8 + 8 * i);
    if (platform === 3 && encoding === 1 && cmap.readUInt16BE(offset) === 4) sub = offset;
  }
  if (sub < 0) throw new Error('font subset: no format 4 cmap');
  const segments = cmap.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const ids = new Set<number>([0]);
  for (const code of characters) {
    if (code > 0xffff) continue;
    for (let s = 0; s < segments; s++) {
      if (code > cmap.readUInt16BE(ends + 2 * s)) continue;
      const start = cmap.readUInt16BE(starts + 2 * s);
      if (code < start) break;
      const delta = cmap.readInt16BE(deltas + 2 * s);
      const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
      const glyph = rangeOffset === 0 ? code : cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
      ids.add(rangeOffset !== 0 && glyph === 0 ? 0 : (glyph + delta) & 0xffff);
      break;
    }
  }
  return ids;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

function glyphBytes(glyf: Buffer, loca: number[], id: number): Buffer {
  return glyf.subarray(loca[id]!, loca[id + 1]!);
}

/** Adds the components of composite glyphs ("ä" is "a" plus the diaeresis). */
function withComponents(glyf: Buffer, loca: number[], ids: Set<number>): Set<number> {
  const queue = [...ids];
  while (queue.length > 0) {
    const glyph = glyphBytes(glyf, loca, queue.pop()!);
    if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) continue;
    let at = 10;
    for (;;) {
      const flags = glyph.readUInt16BE(at);
      const component = glyph.readUInt16BE(at + 2);
      if (!ids.has(component)) {
        ids.add(component);
        queue.push(component);
      }
      at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
      if (flags & WE_HAVE_A_SCALE) at += 2;
      else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
      else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
      if (!(flags & MORE_COMPONENTS)) break;
    }
  }
  return ids;
}

function checksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    const word =
      ((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

function writeFont(font: Buffer, tables: Table[]): Buffer {
  const header = Buffer.alloc(12 + 16 * tables.length);
  font.copy(header, 0, 0, 12);
  const parts: Buffer[] = [header];
  let offset = header.length;
  [...tables]
    .sort((a, b) => (a.tag < b.tag ? -1 : 1))
    .forEach((table, i) => {
      const entry = 12 + 16 * i;
      header.write(table.tag, entry, 'latin1');
      header.writeUInt32BE(checksum(table.data), entry + 4);
      header.writeUInt32BE(offset, entry + 8);
      header.writeUInt32BE(table.data.length, entry + 12);
      const padded = Buffer.alloc((table.data.length + 3) & ~3);
      table.data.copy(padded);
      parts.push(padded);
      offset += padded.length;
    });
  return Buffer.concat(parts);
}

export function subsetFont(font: Buffer, characters: Iterable<number>): Buffer {
  const tables = readTables(font);
  const table = (tag: string) => {
    const found = tables.find((t) => t.tag === tag);
    if (!found) throw new Error(`font subset: no ${tag} table`);
    return found.data;
  };
  const longOffsets = table('head').readInt16BE(50) === 1;
  const glyphCount = table('maxp').readUInt16BE(4);
  const locaIn = table('loca');
  const loca = Array.from({ length: glyphCount + 1 }, (_, i) =>
    longOffsets ? locaIn.readUInt32BE(4 * i) : 2 * locaIn.readUInt16BE(2 * i),
  );
  const glyf = table('glyf');
  const keep = withComponents(glyf, loca, glyphIdsOf(table('cmap'), characters));

  // Every glyph id stays; the ones not kept become empty outlines.
  const newLoca = Buffer.alloc(4 * (glyphCount + 1));
  const outlines: Buffer[] = [];
  let at = 0;
  for (let id = 0; id < glyphCount; id++) {
    newLoca.writeUInt32BE(at, 4 * id);
    if (!keep.has(id)) continue;
    const bytes = glyphBytes(glyf, loca, id);
    const padded = Buffer.alloc((bytes.length + 3) & ~3);
    bytes.copy(padded);
    outlines.push(padded);
    at += padded.length;
  }
  newLoca.writeUInt32BE(at, 4 * glyphCount);

  const head = Buffer.from(table('head'));
  head.writeInt16BE(1, 50); // long loca offsets
  head.writeUInt32BE(0, 8); // checkSumAdjustment: not checked by renderers
  // post version 3: the same metrics without glyph names.
  const post = Buffer.from(table('post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);

  const replaced: Record<string, Buffer> = { glyf: Buffer.concat(outlines), loca: newLoca, head, post };
  return writeFont(
    font,
    tables.map((t) => ({ tag: t.tag, data: replaced[t.tag] ?? t.data })),
  );
}

/**
 * Printable ASCII (which also covers whatever an XML entity stands for), the ligatures the
 * shaper substitutes for "ff", "fi", "fl" … (U+FB00–FB06), and the texts' characters.
 */
export function charactersOf(svgs: readonly string[]): Set<number> {
  const characters = new Set<number>([
    ...Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i),
    ...Array.from({ length: 7 }, (_, i) => 0xfb00 + i),
  ]);
  for (const svg of svgs) {
    for (const match of svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)) {
      for (const char of match[1]!) characters.add(char.codePointAt(0)!);
    }
  }
  return characters;
}
