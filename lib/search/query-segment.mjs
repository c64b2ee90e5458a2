// A search query that can travel as one path segment of the cached results route,
// /search/{query}/{page}: 1-60 characters, none of / ? # % backslash or control characters, and
// not `.` or `..`. next.config.js rewrites only such queries there; the route takes no other.
// Plain JavaScript because next.config.js imports it too.

/** The pattern, as regular-expression source (for next.config.js's rewrite conditions). */
export const SEGMENT_QUERY_SOURCE = '(?!\\.\\.?$)[^/?#%\\\\\\x00-\\x1f]{1,60}';

const SEGMENT_QUERY = new RegExp(`^(?:${SEGMENT_QUERY_SOURCE})$`);

/** @param {string} query the query as typed (decoded) */
export function isSegmentQuery(query) {
  return SEGMENT_QUERY.test(query);
}
