/**
 * Medusa's admin authentication and the staff's stores, called from the storefront server
 * with the staff member's own token. The shared SDK client keeps no token ("nostore").
 *
 * Sign-in goes through `client.fetch` rather than `sdk.auth.login("user", "emailpass", …)`
 * because only `fetch` takes headers: the backend rate-limits sign-ins per client IP, and
 * without `X-Forwarded-For` every till would share the storefront server's address.
 */
import { medusa } from "../../lib/medusa";
import { staffHeaders } from "./staff-cookies";

export type StaffStore = { id: string; name: string; handle: string | null };

/** An admin token for correct credentials; throws a 401 for wrong ones. */
export async function signInStaff(email: string, password: string, clientAddress: string): Promise<string> {
  const answer = await medusa().client.fetch<{ token?: string; location?: string }>("/auth/user/emailpass", {
    method: "POST",
    body: { email, password },
    headers: { "x-forwarded-for": clientAddress },
  });
  if (!answer.token) throw new Error("The backend did not return a session token.");
  return answer.token;
}

/** The stores the signed-in user works at (metadata.store_location_ids); 401 for a dead token. */
export async function staffStores(token: string): Promise<StaffStore[]> {
  const { stores } = await medusa().client.fetch<{ stores: StaffStore[] }>("/admin/staff-stores", { headers: staffHeaders(token) });
  return stores;
}
