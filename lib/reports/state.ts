// What a refused no-JavaScript submission hands back to the form page: the messages and the
// reader's text (lib/form-state.ts hands it over; the x-report-state request header names it).
import { decodeFormState } from '../form-state';

export const REPORT_STATE_HEADER = 'x-report-state';

export type ReportFormState = {
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string | undefined>;
  /** The form token to send the form again with (lib/reports/form-token.ts renewFormToken). */
  formToken?: string;
};

export function decodeReportState(header: string | null): ReportFormState | null {
  return decodeFormState<ReportFormState>(header);
}
