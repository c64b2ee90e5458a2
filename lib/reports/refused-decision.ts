import 'server-only';
import type { ActionResult } from '../actions/result';
import { currentExchange } from '../cache/request-clock.mjs';
import { isPlainFormPost } from '../kept-forms';

// Without JavaScript, a decision form is posted to its report's page (a server action), and the
// page that answers it gives the action's result back to that form. A decision refused because
// the report was decided meanwhile has no form to go back to: the page shows the decision
// instead, and the refusal was lost. So the action notes its refusal in the request context,
// and the page, finding the report decided, says that nothing was saved and shows what the
// editor typed. With JavaScript the form stays on screen with the action's message, and none of
// this runs.

/** For a decision action that refuses: keeps the result for the page answering a form sent without JavaScript. */
export function noteRefusedDecision(result: ActionResult): ActionResult {
  const exchange = currentExchange();
  if (exchange && isPlainFormPost()) exchange.refusedDecision = result;
  return result;
}

/** The refused decision on report `id` that this request's form post brought, or null. */
export function refusedDecision(id: number): ActionResult | null {
  const refused = currentExchange()?.refusedDecision;
  return refused && refused.values?.id === String(id) ? refused : null;
}
