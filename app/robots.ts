import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    // Page images live under /api/media: crawlers may fetch them (Open Graph and image search).
    rules: [{ userAgent: '*', allow: ['/', '/api/media/'], disallow: ['/admin', '/api/', '/login', '/search'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
