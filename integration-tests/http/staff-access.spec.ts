/**
 * Store staff are their own actor type (`staff`), not admin users. Each test is one
 * attack a member of staff (or an anonymous caller) could try, and checks both the
 * refusal and that nothing changed.
 */
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { openNotificationData } from "@fairmade/shop-core/lib/seal"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ensureReturnReasonsWorkflow } from "@fairmade/in-store-returns/workflows"
import { BACKEND_DIR } from "../helpers/backend"
import { eventually } from "../helpers/browser"
import { answer } from "../helpers/checkout"
import { asNewClient } from "../helpers/client-ip"
import { createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"
import { createPickupStore, markWarehouse, pickupOfOrder, placeOrder, stockAt, type PickupStore } from "../helpers/pickup-stores"
import { placeDeliveredOrder, signInAsShopper } from "../helpers/returns"
import { acceptInvite, createStaffMember, type Headers, inviteToken, signInStaff, STAFF_PASSWORD, staffAdmin } from "../helpers/staff"

jest.setTimeout(240_000)

const staffRows = (container: MedusaContainer, filters: Record<string, unknown>) =>
  container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "staff_member", fields: ["*"], filters }).then(({ data }) => data as any[])

async function paymentOf(container: MedusaContainer, orderId: string) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["payment_collections.status", "payment_collections.payments.id", "payment_collections.payments.captures.id", "payment_collections.payments.refunds.id"],
    filters: { id: orderId },
  })
  const collection = data[0].payment_collections[0]
  const payment = collection.payments[0]
  return { id: payment.id as string, status: collection.status, captures: (payment.captures ?? []).length, refunds: (payment.refunds ?? []).length }
}

async function identityOf(container: MedusaContainer, email: string) {
  const auth = container.resolve(Modules.AUTH)
  const [provider] = await auth.listProviderIdentities({ entity_id: email, provider: "emailpass" })
  if (!provider) return null
  const [identity] = await auth.listAuthIdentities({ id: [provider.auth_identity_id!] })
  return identity ?? null
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let lyon: PickupStore
    let paris: PickupStore
    let vase: StockedProduct
    let admin: Headers
    let lyonStaff: Headers
    let lyonMemberId: string
    let shopper: Shop

    const LYON_EMAIL = "lea.lyon@fairmade.test"

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container, "Staff access shop")
      await markWarehouse(container, shop)
      lyon = await createPickupStore(container, shop, "Lyon Staff Test")
      paris = await createPickupStore(container, shop, "Paris Staff Test")
      vase = await createStockedProduct(container, shop, { title: "Stoneware vase", price: 30, stock: 20 })
      await stockAt(container, vase.inventoryItemId, lyon.locationId, 5)
      await stockAt(container, vase.inventoryItemId, paris.locationId, 5)
      await ensureReturnReasonsWorkflow(container).run()
      shopper = await signInAsShopper(api, shop, "camille.staff-test@fairmade.test")

      admin = await staffAdmin(api, container)
      lyonMemberId = (await createStaffMember(api, admin, LYON_EMAIL, [lyon.locationId])).id
      await acceptInvite(api, container, LYON_EMAIL)
      lyonStaff = await signInStaff(api, LYON_EMAIL)
    })

    /** A guest order collected at Paris, its payment authorised and not captured. */
    async function parisPickup() {
      const order = await placeOrder(api, shop, paris.shippingOptionId, [{ variant_id: vase.variantId, quantity: 1 }], `paris-${Date.now()}@fairmade.test`)
      return { order, pickup: await pickupOfOrder(getContainer(), order.id) }
    }

    it("signs staff in as the staff actor and tells them who they are and where they work", async () => {
      const { data } = await api.get("/staff-api/me", lyonStaff)
      expect(data.staff_member).toEqual(
        expect.objectContaining({ id: lyonMemberId, email: LYON_EMAIL, stores: [expect.objectContaining({ id: lyon.locationId, name: "Lyon Staff Test" })] }),
      )
      const token = JSON.parse(Buffer.from(lyonStaff.headers.authorization.split(".")[1], "base64url").toString())
      expect(token).toEqual(expect.objectContaining({ actor_type: "staff", actor_id: lyonMemberId }))
    })

    it("refuses a staff token on the admin's notifications, orders and products, and the product stays as it was", async () => {
      const { order } = await parisPickup()
      expect((await answer(api.get("/admin/notifications", lyonStaff))).status).toBe(401)
      expect((await answer(api.get("/admin/orders", lyonStaff))).status).toBe(401)
      expect((await answer(api.get(`/admin/orders/${order.id}`, lyonStaff))).status).toBe(401)
      expect((await answer(api.get(`/admin/products/${vase.productId}`, lyonStaff))).status).toBe(401)
      const edit = await answer(api.post(`/admin/products/${vase.productId}`, { title: "Vase, 90 % off" }, lyonStaff))
      expect(edit.status).toBe(401)
      const product = await getContainer().resolve(Modules.PRODUCT).retrieveProduct(vase.productId)
      expect(product.title).toBe("Stoneware vase")
    })

    it("refuses a staff token capturing or refunding a payment: no capture, no refund, the payment unchanged", async () => {
      const { order } = await parisPickup()
      const before = await paymentOf(getContainer(), order.id)
      expect(before).toEqual(expect.objectContaining({ captures: 0, refunds: 0 }))
      expect((await answer(api.post(`/admin/payments/${before.id}/capture`, {}, lyonStaff))).status).toBe(401)
      expect((await answer(api.post(`/admin/payments/${before.id}/refund`, { amount: 10 }, lyonStaff))).status).toBe(401)
      expect(await paymentOf(getContainer(), order.id)).toEqual(before)
    })

    it("refuses a staff token on /admin/users: neither their own id nor an admin's metadata changes", async () => {
      const users = getContainer().resolve(Modules.USER)
      const [officeUser] = await users.listUsers({ email: "staff-office@fairmade.test" })
      const attempt = { metadata: { store_location_ids: [paris.locationId] } }
      expect((await answer(api.post(`/admin/users/${officeUser.id}`, attempt, lyonStaff))).status).toBe(401)
      expect((await answer(api.post(`/admin/users/${lyonMemberId}`, attempt, lyonStaff))).status).toBe(401)
      expect((await users.retrieveUser(officeUser.id)).metadata ?? {}).toEqual(officeUser.metadata ?? {})
      const [member] = await staffRows(getContainer(), { id: lyonMemberId })
      expect(member.store_location_ids).toEqual([lyon.locationId])
    })

    it("gives staff no way to add a store to their own list", async () => {
      const selfAssign = { store_location_ids: [lyon.locationId, paris.locationId] }
      expect((await answer(api.post(`/admin/store-staff/${lyonMemberId}`, selfAssign, lyonStaff))).status).toBe(401)
      expect((await answer(api.get("/admin/store-staff", lyonStaff))).status).toBe(401)
      // The old self-service route is gone, for admins too.
      expect((await answer(api.post(`/admin/staff-stores/${lyonMemberId}`, { location_ids: [paris.locationId] }, lyonStaff))).status).toBe(401)
      expect((await answer(api.post(`/admin/staff-stores/${lyonMemberId}`, { location_ids: [paris.locationId] }, admin))).status).toBe(404)
      // /staff-api has no route that writes a member.
      for (const path of ["/staff-api/me", `/staff-api/store-staff/${lyonMemberId}`]) {
        expect((await answer(api.post(path, selfAssign, lyonStaff))).status).toBe(404)
      }
      const [member] = await staffRows(getContainer(), { id: lyonMemberId })
      expect(member.store_location_ids).toEqual([lyon.locationId])
      expect((await api.get("/staff-api/me", lyonStaff)).data.staff_member.stores.map((store: any) => store.id)).toEqual([lyon.locationId])
    })

    it("hides a Paris pickup from Lyon staff (404) and leaves it untouched", async () => {
      const { pickup } = await parisPickup()
      const eventsOf = async () =>
        (await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "pickup_event", fields: ["action"], filters: { pickup_order_id: pickup.id } })).data.map((event: any) => event.action)
      // The workflow that opens the pickup records its "created" event just after the pickup row.
      await eventually(async () => expect(await eventsOf()).toContain("created"))
      const eventsBefore = await eventsOf()

      expect((await answer(api.get(`/staff-api/pickups/${pickup.id}`, lyonStaff))).status).toBe(404)
      for (const [action, body] of [
        ["prepare", {}],
        ["ready", {}],
        ["resend-notification", {}],
        ["reject", { reason: "We are closed today" }],
        ["hand-over", { order_number: 1, last_name: "Moreau", note: "no code with them" }],
      ] as const) {
        expect((await answer(api.post(`/staff-api/pickups/${pickup.id}/${action}`, body, lyonStaff))).status).toBe(404)
      }
      const { data: queue } = await api.get("/staff-api/pickups?status=received,preparing,ready", lyonStaff)
      expect(queue.pickups.map((row: any) => row.id)).not.toContain(pickup.id)

      const after = await pickupOfOrder(getContainer(), pickup.order_id)
      expect(after.status).toBe("received")
      expect(await eventsOf()).toEqual(eventsBefore)
    })

    it("hides a Paris return from Lyon staff (404) and leaves it untouched", async () => {
      const placed = await placeDeliveredOrder(api, getContainer(), shopper, [{ variant_id: vase.variantId, quantity: 1 }])
      const line = placed.items.find((item: any) => item.variant_id === vase.variantId)!.id
      const { data } = await api.post(
        "/store/return-requests",
        { order_id: placed.id, method: "drop_at_store", location_id: paris.locationId, items: [{ id: line, quantity: 1, reason_code: "other" }] },
        shopper.store,
      )
      const { id, code } = data.return_request

      expect((await answer(api.get(`/staff-api/store-returns/lookup?code=${code}`, lyonStaff))).status).toBe(404)
      expect((await answer(api.get(`/staff-api/store-returns/${id}`, lyonStaff))).status).toBe(404)
      expect((await answer(api.get(`/staff-api/store-returns/${id}/receipt`, lyonStaff))).status).toBe(404)
      expect((await answer(api.post(`/staff-api/store-returns/${id}/receive`, { items: [{ id: line, quantity: 1, condition: "resellable" }] }, lyonStaff))).status).toBe(404)
      expect((await answer(api.post(`/staff-api/store-returns/${id}/refund`, {}, lyonStaff))).status).toBe(404)
      const walkIn = await answer(api.post("/staff-api/store-returns", { order_id: placed.id, location_id: paris.locationId, items: [{ id: line, quantity: 1, reason_code: "other" }] }, lyonStaff))
      expect(walkIn.status).toBe(404)

      const { data: rows } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "store_return", fields: ["id", "status", "location_id"], filters: { order_id: placed.id } })
      expect(rows).toEqual([expect.objectContaining({ id, status: "requested", location_id: paris.locationId })])
    })

    it("lets an admin create, update and remove a member; the removed member's token and password stop working", async () => {
      const container = getContainer()
      const email = "Noe.Paris@Fairmade.test"
      const created = await api.post("/admin/store-staff", { first_name: "Noé", last_name: "Petit", email, store_location_ids: [paris.locationId] }, admin)
      expect(created.status).toBe(201)
      const id = created.data.staff_member.id
      expect(created.data.staff_member).toEqual(expect.objectContaining({ email: "noe.paris@fairmade.test", stores: [expect.objectContaining({ id: paris.locationId })] }))
      const [row] = await staffRows(container, { id })
      expect(row).toEqual(expect.objectContaining({ first_name: "Noé", last_name: "Petit", status: "active", store_location_ids: [paris.locationId] }))
      expect((await identityOf(container, "noe.paris@fairmade.test"))?.app_metadata).toEqual({ staff_id: id })

      // The invite is the set-password e-mail, to the storefront's staff page. It is sent by a
      // subscriber after the answer: wait for it as the member would.
      await inviteToken(container, "noe.paris@fairmade.test")
      const [invite] = await container.resolve(Modules.NOTIFICATION).listNotifications({ to: "noe.paris@fairmade.test", template: "password-reset" })
      expect(JSON.stringify(invite.data)).not.toContain("token")
      expect(new URL(openNotificationData(invite.data).reset_url as string).pathname).toBe("/staff/reset-password")
      // No password until the invite is used.
      expect((await answer(api.post("/auth/staff/emailpass", { email: "noe.paris@fairmade.test", password: "anything-at-all" }, asNewClient()))).status).toBe(401)
      await acceptInvite(api, container, "noe.paris@fairmade.test")
      const noe = await signInStaff(api, "noe.paris@fairmade.test")

      const updated = await api.post(`/admin/store-staff/${id}`, { store_location_ids: [paris.locationId, lyon.locationId], last_name: "Petit-Martin" }, admin)
      expect(updated.data.staff_member.stores.map((store: any) => store.id).sort()).toEqual([lyon.locationId, paris.locationId].sort())
      const [afterUpdate] = await staffRows(container, { id })
      expect(afterUpdate).toEqual(expect.objectContaining({ last_name: "Petit-Martin", store_location_ids: [paris.locationId, lyon.locationId] }))
      const { data: list } = await api.get("/admin/store-staff", admin)
      expect(list.staff_members.map((member: any) => member.id)).toEqual(expect.arrayContaining([id, lyonMemberId]))

      expect((await api.get("/staff-api/me", noe)).status).toBe(200)
      expect((await api.delete(`/admin/store-staff/${id}`, admin)).data).toEqual({ id, object: "staff_member", deleted: true })
      const [removed] = await staffRows(container, { id })
      expect(removed).toEqual(expect.objectContaining({ status: "removed", removed_at: expect.anything() }))
      expect(await identityOf(container, "noe.paris@fairmade.test")).toBeNull()
      // The token issued before the removal is refused everywhere, and the password no longer signs in.
      expect((await answer(api.get("/staff-api/me", noe))).status).toBe(401)
      expect((await answer(api.get("/staff-api/pickups", noe))).status).toBe(401)
      expect((await answer(api.post("/auth/staff/emailpass", { email: "noe.paris@fairmade.test", password: STAFF_PASSWORD }, asNewClient()))).status).toBe(401)
      // Removed members are history: not listed, not editable, the address free for a new member.
      expect((await api.get("/admin/store-staff", admin)).data.staff_members.map((member: any) => member.id)).not.toContain(id)
      expect((await answer(api.post(`/admin/store-staff/${id}`, { first_name: "Back" }, admin))).status).toBe(404)
      const again = await api.post("/admin/store-staff", { first_name: "Noé", last_name: "Petit", email, store_location_ids: [paris.locationId] }, admin)
      expect(again.data.staff_member.id).not.toBe(id)
    })

    it("does not make a member of staff out of an anonymous registration at /auth/staff/emailpass/register", async () => {
      const container = getContainer()
      const email = "intruder@fairmade.test"
      const registered = await answer(api.post("/auth/staff/emailpass/register", { email, password: "i-know-this-one" }, asNewClient()))
      const signedIn = await answer(api.post("/auth/staff/emailpass", { email, password: "i-know-this-one" }, asNewClient()))
      // Only identities an admin made a member of staff sign in at the staff sign-in.
      expect(signedIn.status).toBe(401)
      for (const token of [registered.data.token, signedIn.data.token].filter(Boolean)) {
        const as = { headers: { authorization: `Bearer ${token}` } }
        expect((await answer(api.get("/staff-api/me", as))).status).toBe(401)
        expect((await answer(api.get("/staff-api/pickups", as))).status).toBe(401)
      }
      expect(await staffRows(container, { email })).toEqual([])

      // Registering first an address the admin later adds does not keep the registrant's password.
      await api.post("/admin/store-staff", { first_name: "Real", last_name: "Member", email, store_location_ids: [lyon.locationId] }, admin)
      expect((await answer(api.post("/auth/staff/emailpass", { email, password: "i-know-this-one" }, asNewClient()))).status).toBe(401)
      // And nobody registers over an existing member's address.
      expect((await answer(api.post("/auth/staff/emailpass/register", { email: LYON_EMAIL, password: "mine-now" }, asNewClient()))).status).toBe(401)
      expect((await api.get("/staff-api/me", lyonStaff)).data.staff_member.id).toBe(lyonMemberId)
    })

    it("refuses staff credentials at the admin sign-in", async () => {
      const refused = await answer(api.post("/auth/user/emailpass", { email: LYON_EMAIL, password: STAFF_PASSWORD }, asNewClient()))
      expect(refused.status).toBe(401)
      expect(refused.data.message).toBe("Invalid email or password")
      // The admin's own sign-in still works.
      const ok = await answer(api.post("/auth/user/emailpass", { email: "staff-office@fairmade.test", password: "correct-horse-battery" }, asNewClient()))
      expect(ok.status).toBe(200)
    })

    it("answers bad input to /admin/store-staff with 400 and what to fix, writing nothing", async () => {
      const container = getContainer()
      const before = (await staffRows(container, {})).length
      const bad = async (body: unknown, message: RegExp, path = "/admin/store-staff") => {
        const res = await answer(api.post(path, body, admin))
        expect([res.status, res.data.message]).toEqual([400, expect.stringMatching(message)])
      }
      const valid = { first_name: "Ana", last_name: "Roux", email: "ana@fairmade.test", store_location_ids: [lyon.locationId] }
      await bad({ ...valid, store_location_ids: ["sloc_does_not_exist"] }, /Not a store: sloc_does_not_exist/)
      await bad({ ...valid, store_location_ids: [shop.locationId] }, /Not a store/)
      await bad({ ...valid, store_location_ids: [] }, /store_location_ids/)
      await bad({ ...valid, email: "not-an-email" }, /e-?mail/i)
      await bad({ ...valid, first_name: " " }, /first.name/)
      await bad({ ...valid, role: "admin" }, /role/)
      await bad({ ...valid, email: LYON_EMAIL }, /already a member of staff/)
      await bad({ ...valid, email: "staff-office@fairmade.test" }, /already signs in/)
      await bad({}, /first_name, last_name or store_location_ids/, `/admin/store-staff/${lyonMemberId}`)
      await bad({ store_location_ids: [paris.locationId, "sloc_nope"] }, /Not a store: sloc_nope/, `/admin/store-staff/${lyonMemberId}`)
      expect((await staffRows(container, {})).length).toBe(before)
      const [lyonMember] = await staffRows(container, { id: lyonMemberId })
      expect(lyonMember.store_location_ids).toEqual([lyon.locationId])
      expect(await identityOf(container, "ana@fairmade.test")).toBeNull()
    })
  },
})
