// Draws the add-in's icons (assets/icon-N.png) from vector shapes, with no image tooling needed:
// a red rounded tile (公文红) holding a white page with a title bar and text lines.
import { writeFileSync } from "node:fs";
import { deflateSync } from "node:zlib";

const RED = [183, 28, 28];
const WHITE = [255, 255, 255];
const INK = [183, 28, 28];
const GREY = [120, 120, 120];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

/** Colour of the unit-square point (u, v), or null for transparent. */
function shade(u, v) {
  if (!roundedRect(u, v, 0, 0, 1, 1, 0.18)) return null;
  const page = roundedRect(u, v, 0.24, 0.14, 0.76, 0.86, 0.04);
  if (!page) return RED;
  if (v > 0.22 && v < 0.31 && u > 0.32 && u < 0.68) return INK; // title bar
  if (v > 0.355 && v < 0.37 && u > 0.3 && u < 0.7) return INK; // red rule under the title
  for (const top of [0.44, 0.55, 0.66]) {
    if (v > top && v < top + 0.05 && u > 0.32 && u < (top > 0.6 ? 0.56 : 0.68)) return GREY;
  }
  return WHITE;
}

function png(size) {
  const samples = 4;
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a++; }
        }
      }
      const n = samples * samples;
      row.set(a ? [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((255 * a) / n)] : [0, 0, 0, 0], 1 + x * 4);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.concat(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return ~c >>> 0;
}

for (const size of [16, 32, 64, 80, 128]) writeFileSync(`assets/icon-${size}.png`, png(size));
console.log("assets/icon-{16,32,64,80,128}.png written");
