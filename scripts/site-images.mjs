// Makes the site's images from app/icon.svg: app/favicon.ico (16, 32 and 48 px PNGs in an ICO,
// the form every current browser reads) and app/opengraph-image.png (1200 x 630, the share
// image of any page without its own). Both are committed; run again after changing the icon:
//   node scripts/site-images.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const icon = readFileSync('app/icon.svg');

/** An ICO file whose images are PNGs: a 6-byte header, a 16-byte entry per image, the images. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size, 0); // width
    entry.writeUInt8(size, 1); // height
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

const images = await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await sharp(icon, { density: 300 }).resize(size, size).png().toBuffer() })));
writeFileSync('app/favicon.ico', ico(images));

// The icon's circle beside the name and tagline, in the header's colours.
const share = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
  <rect width="1200" height="630" fill="#1f2a44"/>
  <g transform="translate(110 175)">
    <path d="M140 0a140 140 0 0 0 0 280z" fill="#ffffff"/>
    <path d="M140 0a140 140 0 0 1 0 280z" fill="#b3261e"/>
  </g>
  <text x="470" y="290" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="110" font-weight="bold" fill="#ffffff">Contrast</text>
  <text x="474" y="370" font-family="DejaVu Sans, Liberation Sans, sans-serif" font-size="40" fill="#d7dbe4">A vs. B: what’s the difference?</text>
</svg>`;
await sharp(Buffer.from(share)).png({ compressionLevel: 9, palette: true }).toFile('app/opengraph-image.png');
console.log('Wrote app/favicon.ico and app/opengraph-image.png.');
