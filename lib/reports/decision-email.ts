// The message a reader gets when their report is decided (queued in the outbox, plain text).
// Pure, so its wording is unit-tested; the tracking link is absolute (env.siteUrl).

export type DecidedStatus = 'ACCEPTED' | 'REJECTED' | 'DUPLICATE';

const OUTCOME: Record<DecidedStatus, { subject: string; text: string }> = {
  ACCEPTED: { subject: 'corrected', text: 'An editor agreed with your report and corrected the page. Thank you for helping to keep it accurate.' },
  REJECTED: { subject: 'not changed', text: 'An editor looked into your report and decided not to change the page.' },
  DUPLICATE: { subject: 'already reported', text: 'Another reader reported the same thing; your report is handled together with theirs.' },
};

export type DecisionEmailInput = {
  status: DecidedStatus;
  comparisonTitle: string;
  /** "the row “Years in Power” (Stalin)" */
  target: string;
  resolution: string | null;
  notice: string | null;
  trackingUrl: string;
};

export function decisionEmail({ status, comparisonTitle, target, resolution, notice, trackingUrl }: DecisionEmailInput): { subject: string; body: string } {
  const outcome = OUTCOME[status];
  const lines = [
    'Hello,',
    '',
    `You reported a possible mistake in ${target} of “${comparisonTitle}”.`,
    '',
    outcome.text,
    ...(resolution ? ['', 'The editors’ note:', resolution] : []),
    ...(notice ? ['', 'Correction published on the page:', notice] : []),
    '',
    'Your report and its outcome, at your private link:',
    trackingUrl,
    '',
    'You get this one message because you left your email address with the report.',
    '',
    'Contrast',
  ];
  // One line for the subject, whatever the title holds.
  const title = comparisonTitle.replace(/\s+/g, ' ').trim();
  return { subject: `Your report on ${title}: ${outcome.subject}`, body: lines.join('\n') };
}
