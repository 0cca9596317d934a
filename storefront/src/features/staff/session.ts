/**
 * The staff session of the /staff pages: who is signed in (a `staff` actor token in the
 * `staff_token` cookie) and at which store they work today (`staff_store`). Shared by
 * click-and-collect and in-store returns.
 *
 *   const staff = await requireStaff(Astro);
 *   if (staff instanceof Response) return staff;   // sign-in, store chooser or "no store" page
 *   staff.headers, staff.member, staff.store, staff.stores
 */
import type { AstroCookies } from "astro";
import { statusOf } from "../../lib/backend-errors";
import { STAFF_SIGN_IN, STAFF_STORE_CHOOSER, withStaffReturnTo } from "./return-to";
import { staffMe, type StaffMember, type StaffStore } from "./staff-api";
import {
  forgetStaff,
  readStaffStore,
  readStaffToken,
  rememberStaffStore,
  rememberStaffToken,
  staffHeaders,
} from "./staff-cookies";

export interface StaffSession {
  /** For /staff-api calls made on the staff member's behalf. */
  headers: Record<string, string>;
  /** Who is signed in, for the header. */
  member: Pick<StaffMember, "id" | "first_name" | "last_name" | "email">;
  stores: StaffStore[];
  /** The store they are working at; undefined only when they work at none. */
  store: StaffStore | undefined;
}

type Context = { cookies: AstroCookies; url: URL; redirect: (path: string, status?: 301 | 302 | 303 | 307 | 308) => Response };

export const rememberStaff = (context: Context, token: string) => rememberStaffToken(context.cookies, context.url, token);
export const forgetStaffSession = (context: Context) => forgetStaff(context.cookies);
export const chooseStore = (context: Context, locationId: string) => rememberStaffStore(context.cookies, context.url, locationId);

/** The session, or undefined when there is no token or the backend no longer accepts it. */
export async function readStaffSession(cookies: AstroCookies): Promise<StaffSession | undefined> {
  const token = readStaffToken(cookies);
  if (!token) return undefined;
  try {
    const { stores, ...member } = await staffMe(token);
    const chosen = readStaffStore(cookies);
    // One store: no need to choose. Several: the remembered one, if still theirs.
    const store = stores.length === 1 ? stores[0] : stores.find((candidate) => candidate.id === chosen);
    return { headers: staffHeaders(token), member, stores, store };
  } catch (error) {
    if (statusOf(error) === 401) {
      forgetStaff(cookies);
      return undefined;
    }
    throw error;
  }
}

/**
 * Guard for staff pages: the session with a chosen store, or the Response to send
 * instead (sign-in page, store chooser). A member assigned to no store gets a session
 * without `store`: pages show how to get access (see NoStore.astro).
 */
export async function requireStaff(context: Context, { needsStore = true } = {}): Promise<StaffSession | Response> {
  const here = context.url.pathname + context.url.search;
  const session = await readStaffSession(context.cookies);
  if (!session) return context.redirect(withStaffReturnTo(STAFF_SIGN_IN, here), 303);
  if (needsStore && !session.store && session.stores.length > 1) {
    return context.redirect(withStaffReturnTo(STAFF_STORE_CHOOSER, here), 303);
  }
  return session;
}
