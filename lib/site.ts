// Site-wide names and URL helpers.
import { env } from './env';

export const SITE_NAME = 'Contrast';
export const SITE_TAGLINE = "A vs. B: what's the difference?";

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
