import type { APIRoute } from "astro";
import { SIGN_IN_PATH, withReturnTo } from "../../../features/account/return-to";
import { readCustomerToken } from "../../../lib/shopper-cookies";
import { exportMyData } from "../../../features/policies/policies-api";
import { statusOf } from "../../../lib/backend-errors";

/** The signed-in customer's data as a JSON download (a plain link: works without JavaScript). */
export const GET: APIRoute = async ({ cookies, redirect }) => {
  if (!readCustomerToken(cookies)) return redirect(withReturnTo(SIGN_IN_PATH, "/account/data"), 303);
  try {
    const data = await exportMyData(cookies);
    return new Response(JSON.stringify(data, null, 2), {
      headers: {
        "content-type": "application/json; charset=utf-8",
        "content-disposition": `attachment; filename="fairmade-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    if (statusOf(error) === 401) return redirect(withReturnTo(SIGN_IN_PATH, "/account/data"), 303);
    throw error;
  }
};
