import { formatDate, isoDate } from '@/lib/site';

export function DateText({ date }: { date: Date }) {
  return <time dateTime={isoDate(date)}>{formatDate(date)}</time>;
}
