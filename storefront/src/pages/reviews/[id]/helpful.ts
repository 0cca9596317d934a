/** POST from the "Helpful" button under a review (a plain form): one vote, then back to the product. */
import type { APIRoute } from "astro";
import { markReviewHelpful } from "../../../features/reviews/reviews-api";
import { safeProductPath } from "../../../features/reviews/review-view";
import { statusOf } from "../../../lib/backend-errors";

export const POST: APIRoute = async ({ params, request, clientAddress, redirect }) => {
  const form = await request.formData().catch(() => new FormData());
  const back = safeProductPath(form.get("return_to"));
  let notice = "helpful";
  try {
    await markReviewHelpful(params.id ?? "", clientAddress);
  } catch (error) {
    const status = statusOf(error);
    if (status === undefined || status >= 500) throw error;
    notice = status === 429 ? "limited" : "failed";
  }
  return redirect(`${back}?review_notice=${notice}#reviews`, 303);
};
