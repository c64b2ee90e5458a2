import { describe, expect, it } from 'vitest';
import { decisionEmail } from '@/lib/reports/decision-email';
import { ageRange, queueHref, readQueueFilters } from '@/lib/reports/queue-filters';
import { targetLabel, targetPhrase } from '@/lib/reports/target';
import { acceptApplySchema, acceptFixedSchema, duplicateSchema, rejectSchema, spamSchema } from '@/lib/validation/report-decisions';

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('decision schemas', () => {
  it('accept and apply: a trimmed value, an http(s) source, and a notice text when publishing one', () => {
    expect(acceptApplySchema.parse({ id: '4', version: '2', side: 'B', factVersion: '0', value: ' 1792 ', sourceUrl: '' })).toMatchObject({ id: 4, version: 2, factVersion: 0, value: '1792', publishNotice: false, noticeText: '' });
    const refused = acceptApplySchema.safeParse({ id: '4', version: '2', side: 'C', factVersion: '1', value: ' ', sourceUrl: 'javascript:alert(1)', publishNotice: 'yes', noticeText: 'Too short' });
    expect(Object.keys(errorsOf(refused)).sort()).toEqual(['noticeText', 'side', 'sourceUrl', 'value']);
  });

  it('accept as fixed: a revision from the list, or typed in when "other" is chosen', () => {
    expect(acceptFixedSchema.parse({ id: '1', version: '1', revisionId: '77' }).revisionId).toBe(77);
    expect(acceptFixedSchema.parse({ id: '1', version: '1', revisionId: 'other', otherRevisionId: '1234' }).revisionId).toBe(1234);
    expect(errorsOf(acceptFixedSchema.safeParse({ id: '1', version: '1', revisionId: '' }))).toEqual({ revisionId: 'Choose the revision that fixed it.' });
    expect(errorsOf(acceptFixedSchema.safeParse({ id: '1', version: '1', revisionId: 'other', otherRevisionId: '12a' }))).toEqual({ otherRevisionId: 'Enter the revision number, like 1234.' });
    // A number typed in with nothing chosen from the list is that other revision.
    expect(acceptFixedSchema.parse({ id: '1', version: '1', revisionId: '', otherRevisionId: '52' }).revisionId).toBe(52);
    expect(errorsOf(acceptFixedSchema.safeParse({ id: '1', version: '1', revisionId: '', otherRevisionId: 'x' }))).toEqual({ otherRevisionId: 'Enter the revision number, like 1234.' });
  });

  it('destructive decisions need the ticked box; rejecting needs a reason', () => {
    expect(errorsOf(rejectSchema.safeParse({ id: '1', version: '1', resolution: 'Too short' }))).toEqual({
      resolution: 'Tell the reader why the page stays as it is, in at least 10 characters.',
      confirm: 'Tick the box to confirm: the reader is told that nothing changes.',
    });
    expect(spamSchema.safeParse({ id: '1', version: '1', confirm: 'yes' }).success).toBe(true);
    expect(spamSchema.safeParse({ id: '1', version: '1', confirm: 'on' }).success).toBe(false);
    expect(errorsOf(duplicateSchema.safeParse({ id: '1', version: '1', duplicateOfId: '', confirm: 'yes' }))).toEqual({ duplicateOfId: 'Choose the report this one repeats.' });
  });

  it('refuses a form without its report or version', () => {
    expect(Object.keys(errorsOf(spamSchema.safeParse({ confirm: 'yes' }))).sort()).toEqual(['id', 'version']);
  });
});

describe('the reader’s email', () => {
  it('says what was decided, the editors’ note, the notice and the private link', () => {
    const { subject, body } = decisionEmail({
      status: 'ACCEPTED',
      comparisonTitle: 'Lenin vs.\nStalin',
      target: 'the row “Years in Power” (Stalin)',
      resolution: 'Thanks, fixed.',
      notice: 'Stalin’s years in power were corrected.',
      trackingUrl: 'https://contrast.example/reports/abc',
    });
    expect(subject).toBe('Your report on Lenin vs. Stalin: corrected');
    expect(body).toContain('the row “Years in Power” (Stalin)');
    expect(body).toContain('Thanks, fixed.');
    expect(body).toContain('Stalin’s years in power were corrected.');
    expect(body).toContain('\nhttps://contrast.example/reports/abc\n');
    expect(decisionEmail({ status: 'REJECTED', comparisonTitle: 'A vs. B', target: 'the page as a whole', resolution: null, notice: null, trackingUrl: 'x' }).body).not.toContain('note');
  });
});

describe('queue helpers', () => {
  it('words the target and builds the queue URL with defaults left out', () => {
    const comparison = { figureA: { name: 'Lenin' }, figureB: { name: 'Stalin' } };
    expect(targetLabel({ side: 'B', row: { attribute: { label: 'Years in Power' } }, section: null, comparison })).toBe('Row “Years in Power”, Stalin');
    expect(targetPhrase({ side: null, row: null, section: { heading: 'Legacy' }, comparison })).toBe('the section “Legacy”');
    expect(targetLabel({ side: null, row: null, section: null, comparison })).toBe('Whole page');
    expect(queueHref(readQueueFilters({}))).toBe('/admin/reports');
    expect(queueHref({ status: 'SPAM', comparisonId: 3, target: 'row', age: 'week', page: 2 })).toBe('/admin/reports?status=SPAM&comparison=3&target=row&age=week&page=2');
    const now = Date.UTC(2026, 10, 27);
    expect(ageRange('older-month', now)).toEqual({ lt: new Date(now - 30 * 86_400_000) });
    expect(ageRange(undefined, now)).toEqual({});
  });
});
