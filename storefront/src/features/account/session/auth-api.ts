/**
 * Medusa's customer authentication (the "emailpass" provider), called from the server.
 * The tokens it returns are the caller's to keep (in the shopper's cookie): the shared
 * SDK client stores none ("nostore").
 *
 * Sign-in, registration and reset requests go through `client.fetch` rather than
 * `sdk.auth.login/register/resetPassword`, because only it takes headers: the backend
 * rate-limits these routes per client IP, and without `X-Forwarded-For` every shopper
 * would share the storefront server's address, and its limit.
 */
import { medusa } from "../../../lib/medusa";
import type { RegistrationValues, SignInValues } from "../forms/credentials-form";

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Medusa trusts one proxy hop: this storefront, which passes on the shopper's address. */
const forwardedFor = (clientAddress: string) => ({ "x-forwarded-for": clientAddress });

async function postEmailpass<Answer>(path: string, body: object, clientAddress: string): Promise<Answer> {
  return medusa().client.fetch<Answer>(`/auth/customer/emailpass${path}`, {
    method: "POST",
    body,
    headers: forwardedFor(clientAddress),
  });
}

/** A customer token for correct credentials; throws a 401 for wrong ones. */
export async function signIn({ email, password }: SignInValues, clientAddress: string): Promise<string> {
  const { token } = await postEmailpass<{ token: string }>("", { email, password }, clientAddress);
  return token;
}

/**
 * Creates the login (auth identity), then the customer, then swaps the registration token,
 * which has no customer yet, for one that has. If an earlier attempt stopped after the
 * first step, Medusa accepts the same e-mail and password again, so retrying completes it.
 */
export async function register(values: RegistrationValues, clientAddress: string): Promise<string> {
  const { email, password, first_name, last_name } = values;
  const { token: registrationToken } = await postEmailpass<{ token: string }>("/register", { email, password }, clientAddress);
  await medusa().store.customer.create({ email, first_name, last_name }, { fields: "id" }, bearer(registrationToken));
  const { token } = await medusa().auth.refresh(bearer(registrationToken));
  return token;
}

/** Medusa answers the same whether or not the address has an account, and e-mails only real ones. */
export async function requestPasswordReset(email: string, clientAddress: string): Promise<void> {
  await medusa().client.fetch("/auth/customer/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email },
    // The route answers 201 with an empty body: read it as text, not JSON.
    headers: { ...forwardedFor(clientAddress), accept: "text/plain" },
  });
}

/** The token comes from the e-mailed link; Medusa accepts it once. */
export async function resetPassword({ email, password, token }: { email: string; password: string; token: string }) {
  await medusa().auth.updateProvider("customer", "emailpass", { email, password }, token);
}
