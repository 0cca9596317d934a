import type { MedusaContainer } from "@medusajs/framework/types"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Api = { post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any }> }

/**
 * Registers an admin through the real auth routes (emailpass), then signs in,
 * and returns request headers carrying the session's bearer token.
 */
export async function signInAsNewAdmin(api: Api, container: MedusaContainer, email = "staff@fairmade.test") {
  const password = "correct-horse-battery"
  const registered = await api.post("/auth/user/emailpass/register", { email, password })
  const { auth_identity_id } = decodeToken(registered.data.token)
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: auth_identity_id, userData: { email, first_name: "Test", last_name: "Staff" } },
  })
  const signedIn = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${signedIn.data.token}` } }
}

function decodeToken(token: string): { auth_identity_id: string } {
  return JSON.parse(Buffer.from(token.split(".")[1], "base64url").toString("utf8"))
}
