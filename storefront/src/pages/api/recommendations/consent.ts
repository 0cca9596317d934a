import type { APIRoute } from "astro";
import { CONSENT_COOKIE } from "../../../features/recommendations/signal-batch";
import { safeReturnPath } from "../../../features/region/region-choice";

const ONE_YEAR_IN_SECONDS = 60 * 60 * 24 * 365;

/**
 * The shopper's choice about personalised recommendations, from the footer form.
 * Readable by page scripts on purpose: the signal beacon checks it before sending anything.
 */
export const POST: APIRoute = async ({ request, cookies, redirect, url }) => {
  const form = await request.formData().catch(() => new FormData());
  const choice = form.get("choice") === "yes" ? "yes" : "no";
  cookies.set(CONSENT_COOKIE, choice, {
    path: "/",
    httpOnly: false,
    sameSite: "lax",
    secure: url.protocol === "https:",
    maxAge: ONE_YEAR_IN_SECONDS,
  });
  return redirect(safeReturnPath(form.get("return_to")), 303);
};
