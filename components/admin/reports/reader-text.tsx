import styles from './reports.module.css';

/** The reader's words as typed: React renders them as text, so markup shows and never runs. */
export function ReaderText({ text }: { text: string }) {
  return <blockquote className={styles['reader-text']}>{text}</blockquote>;
}

/** A reader's source link: only http(s) becomes a link, and it passes on no ranking and no opener. */
export function SourceLink({ url }: { url: string }) {
  return /^https?:\/\//i.test(url) ? (
    <a href={url} rel="nofollow noopener">
      {url}
    </a>
  ) : (
    <span>{url}</span>
  );
}
