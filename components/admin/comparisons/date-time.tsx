const format = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** A moment in an admin list ("27 Nov 2026, 13:43 UTC"): editors compare times within a day. */
export function DateTime({ date }: { date: Date | string }) {
  const value = typeof date === 'string' ? new Date(date) : date;
  return <time dateTime={value.toISOString()}>{format.format(value)}</time>;
}
