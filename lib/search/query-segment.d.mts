// Types for query-segment.mjs (plain JavaScript, shared with next.config.js).
/** A search query that can travel as one path segment, as regular-expression source. */
export const SEGMENT_QUERY_SOURCE: string;
/** Whether a (decoded) query is one next.config.js rewrites to the cached results route. */
export function isSegmentQuery(query: string): boolean;
