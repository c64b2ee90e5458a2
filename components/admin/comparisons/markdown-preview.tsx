import { Markdown } from '@/components/ui/markdown';
import styles from './editor.module.css';

/** Editor Markdown rendered as the public page renders it (raw HTML never shown). */
export function MarkdownPreview({ id, label, text }: { id: string; label: string; text: string }) {
  return (
    <section className={styles.preview} aria-labelledby={id}>
      <p className={styles['preview-label']} id={id}>
        {label}
      </p>
      {text.trim() ? <Markdown>{text}</Markdown> : <p>(empty)</p>}
    </section>
  );
}
