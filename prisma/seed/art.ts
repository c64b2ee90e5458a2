// Demo photos, generated locally: an abstract composition per figure (no network, no fonts).
// Deterministic, so the same figure always gets the same picture.
import { createHash } from 'node:crypto';
import sharp from 'sharp';

type Kind = 'PERSON' | 'PLACE' | 'THING';

const PALETTES: [string, string, string, string][] = [
  ['#7f1d1d', '#b91c1c', '#fcd34d', 'deep red'],
  ['#1e3a8a', '#3b82f6', '#e0f2fe', 'blue'],
  ['#064e3b', '#10b981', '#ecfccb', 'green'],
  ['#4c1d95', '#8b5cf6', '#fde68a', 'violet'],
  ['#78350f', '#d97706', '#fef3c7', 'amber'],
  ['#0f172a', '#475569', '#f1f5f9', 'slate'],
  ['#831843', '#db2777', '#fce7f3', 'rose'],
  ['#134e4a', '#14b8a6', '#f0fdfa', 'teal'],
];

function seeded(slug: string): () => number {
  let state = createHash('sha256').update(slug).digest().readUInt32BE(0) || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) % 10_000) / 10_000;
  };
}

const MOTIF: Record<Kind, string> = {
  PERSON: 'a stylized head-and-shoulders silhouette',
  PLACE: 'a stylized skyline of hills under a sun',
  THING: 'interlocking geometric shapes',
};

export function demoArtAlt(name: string, kind: Kind, slug: string): string {
  const palette = PALETTES[seeded(slug)() * PALETTES.length | 0]!;
  return `Abstract illustration standing in for a photo of ${name}: ${MOTIF[kind]} on ${/^[aeiou]/i.test(palette[3]) ? 'an' : 'a'} ${palette[3]} background.`;
}

export function demoArtSvg(slug: string, kind: Kind): string {
  const rand = seeded(slug);
  const [dark, mid, light] = PALETTES[rand() * PALETTES.length | 0]!;
  const W = 1200;
  const H = 900;
  const circles = Array.from({ length: 7 }, () => {
    const r = 40 + rand() * 160;
    return `<circle cx="${(rand() * W).toFixed(0)}" cy="${(rand() * H).toFixed(0)}" r="${r.toFixed(0)}" fill="${light}" opacity="${(0.06 + rand() * 0.12).toFixed(2)}"/>`;
  }).join('');
  let motif: string;
  if (kind === 'PERSON') {
    motif = `<circle cx="600" cy="360" r="150" fill="${light}" opacity="0.9"/>
      <path d="M330 900 C330 640 450 560 600 560 C750 560 870 640 870 900 Z" fill="${light}" opacity="0.9"/>`;
  } else if (kind === 'PLACE') {
    const peaks = Array.from({ length: 5 }, (_, i) => {
      const x = i * 300 - 100 + rand() * 80;
      const h = 260 + rand() * 260;
      return `<path d="M${x} 900 L${x + 260} ${900 - h} L${x + 520} 900 Z" fill="${light}" opacity="${(0.45 + i * 0.1).toFixed(2)}"/>`;
    }).join('');
    motif = `<circle cx="${(300 + rand() * 600).toFixed(0)}" cy="220" r="110" fill="${light}" opacity="0.85"/>${peaks}`;
  } else {
    motif = `<rect x="330" y="250" width="360" height="360" rx="36" fill="${light}" opacity="0.85" transform="rotate(${(rand() * 30 - 15).toFixed(1)} 510 430)"/>
      <circle cx="760" cy="560" r="170" fill="none" stroke="${light}" stroke-width="42" opacity="0.9"/>
      <path d="M260 700 L520 700 L390 480 Z" fill="${light}" opacity="0.7"/>`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
    <rect width="${W}" height="${H}" fill="url(#g)"/>${circles}${motif}</svg>`;
}

export async function demoArtPng(slug: string, kind: Kind): Promise<Buffer> {
  return sharp(Buffer.from(demoArtSvg(slug, kind))).png({ compressionLevel: 9 }).toBuffer();
}
