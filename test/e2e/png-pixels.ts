/**
 * Reads the pixels of a one-row screenshot (PNG, 8-bit RGB or RGBA, not interlaced), so tests can
 * check the colour a highlight is painted in without a PNG library.
 */
import { inflateSync } from 'node:zlib';

/** The RGB pixels of the first row of `png`. */
export function pixelsOfPng(png: Uint8Array): [number, number, number][] {
  const buffer = Buffer.from(png);
  const width = buffer.readUInt32BE(16);
  const channels = buffer[25] === 6 ? 4 : 3;
  const chunks: Buffer[] = [];
  for (let at = 8; at < buffer.length; ) {
    const length = buffer.readUInt32BE(at);
    if (buffer.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(buffer.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const data = inflateSync(Buffer.concat(chunks));
  // The first row's filter works against an all-zero previous row: only Sub, Average and Paeth
  // (which then predicts from the left) change anything.
  const filter = data[0];
  const row = Buffer.from(data.subarray(1, 1 + width * channels));
  for (let i = 0; i < row.length; i++) {
    const left = i >= channels ? row[i - channels] : 0;
    if (filter === 1 || filter === 4) row[i] = (row[i] + left) & 0xff;
    else if (filter === 3) row[i] = (row[i] + (left >> 1)) & 0xff;
  }
  return Array.from({ length: width }, (_, k) => [row[k * channels], row[k * channels + 1], row[k * channels + 2]]);
}

/** `#rrggbb` as RGB. */
export function rgbOf(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** Whether most `pixels` are `colour` (within 2 per channel: text glyphs cover the rest). */
export function mostlyColour(pixels: readonly [number, number, number][], colour: [number, number, number]): boolean {
  return pixels.filter((p) => p.every((c, i) => Math.abs(c - colour[i]) <= 2)).length > pixels.length / 2;
}
