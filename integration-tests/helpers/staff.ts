/**
 * Store staff as the shop makes them: an admin creates the member through
 * `POST /admin/store-staff`, the member chooses a password through the invite
 * (Medusa's reset-password link e-mailed on creation), then signs in as the
 * `staff` actor at `/auth/staff/emailpass`.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { signInAsNewAdmin } from "./auth"
import { eventually } from "./browser"
import { asNewClient } from "./client-ip"

type Api = {
  get: (url: string, config?: unknown) => Promise<{ data: any; status: number }>
  post: (url: string, body?: unknown, config?: unknown) => Promise<{ data: any; status: number }>
}
export type Headers = { headers: Record<string, string> }

export const STAFF_PASSWORD = "till-drawer-and-receipt-roll"

// One admin per running backend (container) creates every member of staff.
const admins = new WeakMap<MedusaContainer, Promise<Headers>>()
export function staffAdmin(api: Api, container: MedusaContainer): Promise<Headers> {
  if (!admins.has(container)) admins.set(container, signInAsNewAdmin(api, container, "staff-office@fairmade.test"))
  return admins.get(container)!
}

export async function createStaffMember(
  api: Api,
  admin: Headers,
  email: string,
  storeLocationIds: string[],
  name = { first_name: "Sam", last_name: email.split("@")[0] },
) {
  const { data } = await api.post("/admin/store-staff", { ...name, email, store_location_ids: storeLocationIds }, admin)
  return data.staff_member as { id: string; email: string; store_location_ids: string[] }
}

/** The token of the newest set-password e-mail (the invite, or a reset) sent to `email`. */
export async function inviteToken(container: MedusaContainer, email: string): Promise<string> {
  let token = ""
  await eventually(async () => {
    const [sent] = await container
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ to: email, template: "password-reset" }, { order: { created_at: "DESC" }, take: 1 })
    expect(sent).toBeDefined()
    const link = new URL(sent.data!.reset_url as string)
    token = link.searchParams.get("token")!
  })
  return token
}

/** What the member does with the invite: chooses a password on the reset page. */
export async function acceptInvite(api: Api, container: MedusaContainer, email: string, password = STAFF_PASSWORD) {
  const token = await inviteToken(container, email)
  await api.post("/auth/staff/emailpass/update", { password }, { headers: { authorization: `Bearer ${token}` } })
}

export async function signInStaff(api: Api, email: string, password = STAFF_PASSWORD): Promise<Headers> {
  const { data } = await api.post("/auth/staff/emailpass", { email, password }, asNewClient())
  return { headers: { authorization: `Bearer ${data.token}` } }
}

/** A member working at `storeLocationIds`, created by an admin, invite accepted, signed in. */
export async function signInAsStaff(api: Api, container: MedusaContainer, email: string, storeLocationIds: string[]): Promise<Headers> {
  await createStaffMember(api, await staffAdmin(api, container), email, storeLocationIds)
  await acceptInvite(api, container, email)
  return signInStaff(api, email)
}
