import type { APIContext, APIRoute } from "astro";
import { listRegions } from "../../features/region/regions-api";
import { REGION_COOKIE, safeReturnPath } from "../../features/region/region-choice";
import { ONE_YEAR_IN_SECONDS, shopperCookieOptions } from "../../lib/shopper-cookies";


/** Stores the chosen region in a cookie and sends the shopper back where they were. */
async function applyRegionChoice(
  { cookies, redirect, url }: APIContext,
  regionId: unknown,
  returnTo: unknown,
): Promise<Response> {
  const regions = await listRegions();
  if (regions.some((region) => region.id === regionId)) {
    cookies.set(REGION_COOKIE, String(regionId), shopperCookieOptions(url, ONE_YEAR_IN_SECONDS));
  }
  // 303 so the browser follows up with a GET, even after a POST.
  return redirect(safeReturnPath(returnTo), 303);
}

export const POST: APIRoute = async (context) => {
  // A malformed body is treated like an empty form instead of failing the request.
  const form = await context.request.formData().catch(() => new FormData());
  return applyRegionChoice(context, form.get("region_id"), form.get("return_to"));
};

/** Also accepts GET so a plain link (`/api/region?region_id=…`) can switch region. */
export const GET: APIRoute = (context) => {
  const { searchParams } = context.url;
  return applyRegionChoice(context, searchParams.get("region_id"), searchParams.get("return_to"));
};
