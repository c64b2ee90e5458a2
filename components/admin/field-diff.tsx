import type { FieldDiff } from '@/lib/revisions/diff';

/** One field's change, word by word: removed words struck through, added ones underlined. */
export function FieldDiffView({ diff, label }: { diff: FieldDiff; label: string }) {
  return (
    <div className="field-diff">
      <h3>{label}</h3>
      <p className="diff-text">
        {diff.parts.map((part, i) =>
          part.change === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : part.change === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </p>
    </div>
  );
}
