// Notes what is typed into a textarea until React has hydrated it (see KeptTextarea). Inline and
// tiny, so it runs before anyone can type; only on pages with forms (the admin area, /report).
const SCRIPT = `document.addEventListener('input',function(e){var t=e.target;if(t&&t.tagName==='TEXTAREA'&&!t.__hydrated)t.__typed=t.value},true)`;

export function TypedTextKeeper() {
  return <script dangerouslySetInnerHTML={{ __html: SCRIPT }} />;
}
