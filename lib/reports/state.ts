// What a refused no-JavaScript submission hands back to the form page: the messages and the
// reader's text. It travels in a request header between the route and the page, base64url JSON.

export type ReportFormState = {
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string | undefined>;
};

export function encodeReportState(state: ReportFormState): string {
  return Buffer.from(JSON.stringify(state)).toString('base64url');
}

export function decodeReportState(header: string | null): ReportFormState | null {
  if (!header || header.length > 24_000) return null;
  try {
    const value = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as unknown;
    return value && typeof value === 'object' ? (value as ReportFormState) : null;
  } catch {
    return null;
  }
}
