// /categories has no page of its own: the categories are listed on the home page, so the
// address readers guess from /categories/{slug} leads there instead of to a 404. The Location
// is relative, so it holds whatever host the site is served under.
export function GET(): Response {
  return new Response(null, { status: 307, headers: { Location: '/#categories' } });
}
