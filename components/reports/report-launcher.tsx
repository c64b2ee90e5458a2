'use client';

import { useEffect, useRef, useState } from 'react';
import type { ReportTarget } from '@/lib/db/reports';
import { reportFormPhrase } from '@/lib/reports/target';
import { ReportForm } from './report-form';

type Opened = { target: ReportTarget; side?: 'A' | 'B'; formToken: string; about: string; key: string; draft?: Draft };
type Draft = Record<string, string>;

/** What the reader had typed into the form, to give back if they open the same report again. */
function draftOf(form: HTMLFormElement | null | undefined): Draft | null {
  if (!form) return null; // sent: the thank-you replaced the form
  const entries = [...new FormData(form)].filter((e): e is [string, string] => typeof e[1] === 'string' && e[0] !== 'formToken' && e[0] !== 'website');
  return Object.fromEntries(entries);
}

/**
 * Opens the report form in a dialog when a link to this page's report form (/report/{slug}, with
 * the row and side or the section in its query) is used. One listener for the whole page; without
 * JavaScript the links lead to the form's own page.
 */
export function ReportLauncher({ slug }: { slug: string }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const trigger = useRef<HTMLElement | null>(null);
  // Closing the dialog keeps what was typed, per row, side or section, until the page is left.
  const drafts = useRef(new Map<string, Draft>());

  useEffect(() => {
    const formPath = `/report/${encodeURIComponent(slug)}`;
    function onClick(event: MouseEvent) {
      const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[href]');
      const url = link ? new URL(link.href) : null;
      if (!link || url?.pathname !== formPath || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      trigger.current = link;
      const query = url.searchParams;
      fetch(`/report/${encodeURIComponent(slug)}/submit?${query}`, { headers: { Accept: 'application/json' } })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const data = (await response.json()) as { formToken: string; target: ReportTarget };
          const side = query.get('side') === 'A' || query.get('side') === 'B' ? (query.get('side') as 'A' | 'B') : undefined;
          setOpened({ ...data, side, about: reportFormPhrase(data.target, side), key: query.toString(), draft: drafts.current.get(query.toString()) });
        })
        .catch(() => {
          window.location.assign(link.href);
        });
    }
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [slug]);

  useEffect(() => {
    if (opened && !dialog.current?.open) dialog.current?.showModal();
  }, [opened]);

  if (!opened) return null;
  return (
    <dialog
      ref={dialog}
      className="report-dialog"
      aria-labelledby="report-dialog-title"
      onClose={() => {
        const draft = draftOf(dialog.current?.querySelector('form'));
        if (draft) drafts.current.set(opened.key, draft);
        else drafts.current.delete(opened.key);
        setOpened(null);
        trigger.current?.focus();
      }}
    >
      <div className="report-dialog-header">
        <h2 id="report-dialog-title">Report an inaccuracy</h2>
        <button type="button" className="button button-small button-secondary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      <p>You are reporting {opened.about}.</p>
      <ReportForm
        key={opened.key}
        slug={slug}
        formToken={opened.formToken}
        target={opened.target}
        side={opened.side}
        initial={opened.draft ? { values: opened.draft } : undefined}
        idPrefix="inline-report"
        onRetarget={(target) => setOpened((now) => now && { ...now, about: reportFormPhrase(target) })}
      />
    </dialog>
  );
}
