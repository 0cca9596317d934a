/**
 * Store staff authentication (Medusa's `staff` actor, emailpass provider) and who the
 * signed-in member is, called from the storefront server with the member's own token.
 * The shared SDK client keeps no token ("nostore").
 *
 * Sign-in and reset requests go through `client.fetch` because only it takes headers:
 * the backend rate-limits them per client IP, and without `X-Forwarded-For` every till
 * would share the storefront server's address.
 */
import { medusa } from "../../lib/medusa";
import { staffHeaders } from "./staff-cookies";

/** `time_zone`: the IANA zone the store's times are shown in (shop-core's `StoreSummary`). */
export type StaffStore = { id: string; name: string; handle: string | null; time_zone: string };
/** `GET /staff-api/me` (shop-core's `StaffMeResponse`). */
export type StaffMember = { id: string; first_name: string; last_name: string; email: string; stores: StaffStore[] };

const forwardedFor = (clientAddress: string) => ({ "x-forwarded-for": clientAddress });

/** A staff token for correct credentials; throws a 401 for wrong ones (admin and shopper logins included). */
export async function signInStaff(email: string, password: string, clientAddress: string): Promise<string> {
  const answer = await medusa().client.fetch<{ token?: string; location?: string }>("/auth/staff/emailpass", {
    method: "POST",
    body: { email: email.trim().toLowerCase(), password },
    headers: forwardedFor(clientAddress),
  });
  if (!answer.token) throw new Error("The backend did not return a session token.");
  // A token is only worth keeping if it names an active member (401 otherwise).
  await staffMe(answer.token);
  return answer.token;
}

/** The signed-in member and their stores; 401 for a dead token or a removed member. */
export async function staffMe(token: string): Promise<StaffMember> {
  const { staff_member } = await medusa().client.fetch<{ staff_member: StaffMember }>("/staff-api/me", { headers: staffHeaders(token) });
  return staff_member;
}

/** The set-password e-mail (also how a new member's invite is sent again); same answer for unknown addresses. */
export async function requestStaffPasswordReset(email: string, clientAddress: string): Promise<void> {
  await medusa().client.fetch("/auth/staff/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email.trim().toLowerCase() },
    // The route answers 201 with an empty body: read it as text, not JSON.
    headers: { ...forwardedFor(clientAddress), accept: "text/plain" },
  });
}

/** The token comes from the e-mailed link; Medusa accepts it once. */
export async function setStaffPassword({ email, password, token }: { email: string; password: string; token: string }) {
  await medusa().auth.updateProvider("staff", "emailpass", { email, password }, token);
}
