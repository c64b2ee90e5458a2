// Site-wide names and URL helpers.
import { env } from './env';

export const SITE_NAME = 'Contrast';
export const SITE_TAGLINE = "A vs. B: what's the difference?";
/** The home page's title, and every page's title before its own is known. */
export const SITE_TITLE = `${SITE_NAME}: A vs. B - What's the Difference?`;
/** app/opengraph-image.alt.txt says the same. */
export const SITE_IMAGE_ALT = "Contrast: A vs. B, what's the difference? A circle split into a white half and a red half.";
export const SITE_DESCRIPTION = 'Side-by-side comparisons of people, places and things: what they share and how they differ.';

/** The browser's colour for the page's surroundings (the header's navy). */
export const THEME_COLOR = '#1f2a44';

/** A page's whole title from its own ("Search: stalin" -> "Search: stalin | Contrast"). */
export function titled(title: string): string {
  return `${title} | ${SITE_NAME}`;
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${env.siteUrl}/`).toString();
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "27 November 2026" */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
