// Makes the app's PNG icons (web app manifest, iPhone home screen) from public/favicon.svg.
// Run after changing the favicon: `node scripts/make-icons.mjs`; the PNGs are committed.
import { Buffer } from 'node:buffer';
import { mkdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';

const OUT = 'public/icons';
const favicon = readFileSync('public/favicon.svg', 'utf8');

// The favicon is a rounded tile (transparent corners) on a 64-unit grid: its first element is the tile.
const TILE = /<rect width="64" height="64" rx="\d+"( fill="[^"]+"\/>)/;
const tile = favicon.match(TILE);
if (!tile) throw new Error('public/favicon.svg no longer starts with its 64×64 tile: update scripts/make-icons.mjs');
const glyph = favicon.slice(favicon.indexOf(tile[0]) + tile[0].length, favicon.lastIndexOf('</svg>'));
const square = (inner) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64"${tile[1]}${inner}</svg>`;

// Full-bleed square: launchers and iOS cut their own shape out of it.
const fullBleed = square(glyph);
// Maskable: the glyph shrunk into the central safe zone (a circle of 40 % of the size), since
// Android may crop the icon to a circle.
const maskable = square(`<g transform="translate(32 32) scale(0.72) translate(-32 -32)">${glyph}</g>`);

const icons = [
  { file: 'icon-192.png', svg: favicon, size: 192 },
  { file: 'icon-512.png', svg: favicon, size: 512 },
  { file: 'maskable-512.png', svg: maskable, size: 512 },
  { file: 'apple-touch-icon-180.png', svg: fullBleed, size: 180 },
];

mkdirSync(OUT, { recursive: true });
for (const { file, svg, size } of icons) {
  // Rasterise at the target size (density scales the 64-unit viewBox) rather than scaling a small bitmap up.
  await sharp(Buffer.from(svg), { density: (72 * size) / 64 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toFile(`${OUT}/${file}`);
  console.log(`${OUT}/${file} (${size}×${size})`);
}
