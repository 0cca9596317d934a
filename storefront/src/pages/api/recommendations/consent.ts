import type { APIRoute } from "astro";
import { CONSENT_COOKIE } from "../../../features/recommendations/signal-batch";
import { ONE_YEAR_IN_SECONDS, shopperCookieOptions } from "../../../lib/shopper-cookies";
import { safeReturnPath } from "../../../features/region/region-choice";


/**
 * The shopper's choice about personalised recommendations, from the footer form.
 * Readable by page scripts on purpose: the signal beacon checks it before sending anything.
 */
export const POST: APIRoute = async ({ request, cookies, redirect, url }) => {
  const form = await request.formData().catch(() => new FormData());
  const choice = form.get("choice") === "yes" ? "yes" : "no";
  cookies.set(CONSENT_COOKIE, choice, shopperCookieOptions(url, ONE_YEAR_IN_SECONDS, { httpOnly: false }));
  return redirect(safeReturnPath(form.get("return_to")), 303);
};
