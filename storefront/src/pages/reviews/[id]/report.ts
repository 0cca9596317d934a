/** POST from "Report this review" (a plain form): the report goes to the moderators, then back to the product. */
import type { APIRoute } from "astro";
import { reportReview } from "../../../features/reviews/reviews-api";
import { safeProductPath } from "../../../features/reviews/review-view";
import { statusOf } from "../../../lib/backend-errors";

export const POST: APIRoute = async ({ params, request, clientAddress, redirect }) => {
  const form = await request.formData().catch(() => new FormData());
  const back = safeProductPath(form.get("return_to"));
  const reason = String(form.get("reason") ?? "").trim();
  let notice = "reported";
  if (reason.length < 3) {
    notice = "report-invalid";
  } else {
    try {
      await reportReview(params.id ?? "", reason.slice(0, 500), clientAddress);
    } catch (error) {
      const status = statusOf(error);
      if (status === undefined || status >= 500) throw error;
      notice = status === 429 ? "limited" : status === 400 ? "report-invalid" : "failed";
    }
  }
  return redirect(`${back}?review_notice=${notice}#reviews`, 303);
};
