// The editors' queue filters, read from the URL: anything malformed means "not given".
import { lastValue, oneOf, positiveInt, type Param } from '../url-params';

export const QUEUE_STATUSES = ['OPEN', 'ACCEPTED', 'REJECTED', 'DUPLICATE', 'SPAM'] as const;
export type QueueStatus = (typeof QUEUE_STATUSES)[number];
/** "all" is every status but spam: spam only shows when asked for. */
export type QueueStatusFilter = QueueStatus | 'all';

export const QUEUE_TARGETS = ['row', 'section', 'page'] as const;
export type QueueTarget = (typeof QUEUE_TARGETS)[number];

export const QUEUE_AGES = ['day', 'week', 'older-week', 'older-month'] as const;
export type QueueAge = (typeof QUEUE_AGES)[number];

export const STATUS_FILTER_LABELS: Record<QueueStatusFilter, string> = {
  OPEN: 'Open',
  ACCEPTED: 'Accepted',
  REJECTED: 'Rejected',
  DUPLICATE: 'Duplicate',
  SPAM: 'Spam',
  all: 'Any status but spam',
};

export const TARGET_LABELS: Record<QueueTarget, string> = { row: 'A table row', section: 'A section', page: 'The whole page' };

export const AGE_LABELS: Record<QueueAge, string> = {
  day: 'In the last 24 hours',
  week: 'In the last 7 days',
  'older-week': 'More than 7 days ago',
  'older-month': 'More than 30 days ago',
};

export type QueueFilters = { status: QueueStatusFilter; comparisonId?: number; target?: QueueTarget; age?: QueueAge; page: number };


export function readQueueFilters(params: Record<string, Param>): QueueFilters {
  const status = lastValue(params.status) === 'all' ? 'all' : (oneOf(QUEUE_STATUSES, lastValue(params.status)?.toUpperCase()) ?? 'OPEN');
  return {
    status,
    comparisonId: positiveInt(params.comparison) ?? undefined,
    target: oneOf(QUEUE_TARGETS, params.target),
    age: oneOf(QUEUE_AGES, params.age),
    page: positiveInt(params.page) ?? 1,
  };
}

/** The queue's URL for these filters (defaults left out, so the plain URL is the open queue). */
export function queueHref(filters: Partial<QueueFilters>): string {
  const search = new URLSearchParams();
  if (filters.status && filters.status !== 'OPEN') search.set('status', filters.status);
  if (filters.comparisonId) search.set('comparison', String(filters.comparisonId));
  if (filters.target) search.set('target', filters.target);
  if (filters.age) search.set('age', filters.age);
  if (filters.page && filters.page > 1) search.set('page', String(filters.page));
  return `/admin/reports${search.size ? `?${search}` : ''}`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The createdAt bounds of an age filter. */
export function ageRange(age: QueueAge | undefined, now = Date.now()): { gte?: Date; lt?: Date } {
  switch (age) {
    case 'day':
      return { gte: new Date(now - DAY_MS) };
    case 'week':
      return { gte: new Date(now - 7 * DAY_MS) };
    case 'older-week':
      return { lt: new Date(now - 7 * DAY_MS) };
    case 'older-month':
      return { lt: new Date(now - 30 * DAY_MS) };
    default:
      return {};
  }
}
