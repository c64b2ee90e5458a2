/** The first thing in every page's body: keyboard users skip the header to the main landmark. */
export function SkipLink() {
  return (
    <a className="skip-link" href="#main">
      Skip to content
    </a>
  );
}
