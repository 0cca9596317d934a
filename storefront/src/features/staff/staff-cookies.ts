import type { AstroCookies } from "astro";

/**
 * The staff member's token (Medusa's `staff` actor) and the store they are working at, in httpOnly
 * cookies scoped to /staff: shop pages never send them. SameSite=Strict because nobody
 * should arrive at a staff action from another site; Secure whenever served over https.
 */
export const STAFF_TOKEN_COOKIE = "staff_token";
export const STAFF_STORE_COOKIE = "staff_store";
export const STAFF_PATH = "/staff";

// A shift, not a month: a shared till tablet should not stay signed in for days.
const TWELVE_HOURS_IN_SECONDS = 60 * 60 * 12;

function options(url: URL) {
  return { path: STAFF_PATH, httpOnly: true, sameSite: "strict" as const, secure: url.protocol === "https:", maxAge: TWELVE_HOURS_IN_SECONDS };
}

export const readStaffToken = (cookies: AstroCookies) => cookies.get(STAFF_TOKEN_COOKIE)?.value;
export const rememberStaffToken = (cookies: AstroCookies, url: URL, token: string) =>
  cookies.set(STAFF_TOKEN_COOKIE, token, options(url));

export const readStaffStore = (cookies: AstroCookies) => cookies.get(STAFF_STORE_COOKIE)?.value;
export const rememberStaffStore = (cookies: AstroCookies, url: URL, locationId: string) =>
  cookies.set(STAFF_STORE_COOKIE, locationId, options(url));

export function forgetStaff(cookies: AstroCookies) {
  cookies.delete(STAFF_TOKEN_COOKIE, { path: STAFF_PATH });
  cookies.delete(STAFF_STORE_COOKIE, { path: STAFF_PATH });
}

export const staffHeaders = (token: string) => ({ authorization: `Bearer ${token}` });
