import type { APIRoute } from "astro";
import { withNotice } from "../../../features/account/notices";
import { SIGN_IN_PATH } from "../../../features/account/return-to";
import { endSession } from "../../../features/account/session/session";

/**
 * POST only: a sign-out link could be triggered by any page (an <img> pointing here).
 * Medusa's tokens are stateless JWTs, so forgetting the cookie is what signs out.
 */
export const POST: APIRoute = ({ cookies, redirect }) => {
  endSession(cookies);
  return redirect(withNotice(SIGN_IN_PATH, "signed-out"), 303);
};
