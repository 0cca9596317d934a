import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BACKEND_DIR } from "../helpers/backend"
import { answer } from "../helpers/checkout"
import { asNewClient } from "../helpers/client-ip"
import { createStockedProduct } from "../helpers/fixtures"
import { startMailCatcher, type CaughtEmail } from "../helpers/mail-catcher"
import { createPickupStore, pickupOfOrder, placeOrder, signInAsStaff, stockAt } from "../helpers/pickup-stores"
import { createReturnsShop, placeDeliveredOrder, signInAsShopper } from "../helpers/returns"
import { signInAsNewAdmin } from "../helpers/auth"
import { signInStaff } from "../helpers/staff"
import Transport from "winston-transport"

jest.setTimeout(300_000)

/**
 * Issue 11: reset links and codes were readable through GET /admin/notifications and
 * the backend log. After a whole journey that sends each kind of secret, none is found
 * in the notification table, the pickup / return rows, the admin answers or the log,
 * while the e-mails really reached the SMTP peer with them inside; and a password reset
 * ends the tokens issued before it.
 */
type Headers = { headers: Record<string, string> }

const STOREFRONT_URL = "https://shop.fairmade.test"
process.env.STOREFRONT_URL = STOREFRONT_URL

let mail: Awaited<ReturnType<typeof startMailCatcher>>
/**
 * Medusa's logger (winston) bound console's methods when it was made, so wrapping
 * console later misses it: its transports are wrapped instead.
 */
function captureLogger(appLogger: any) {
  for (const transport of appLogger.loggerInstance_.transports as Record<string, (...args: unknown[]) => void>[]) {
    for (const bound of ["_consoleLog", "_consoleWarn", "_consoleError"]) {
      const original = transport[bound]
      if (typeof original !== "function") continue
      transport[bound] = (...args: unknown[]) => {
        captured += args.map(String).join(" ") + "\n"
        original(...args)
      }
      restoreOutput.push(() => (transport[bound] = original))
    }
  }
  // And a transport of our own on the logger itself: winston's console transport calls whichever
  // console it finds, which is not always the one wrapped here.
  const winstonLogger = appLogger.loggerInstance_
  const capture = new (class extends Transport {
    override log(info: Record<string, unknown>, callback: () => void) {
      captured += JSON.stringify(info) + "\n"
      callback()
    }
  })({ level: "info" })
  winstonLogger.add(capture)
  restoreOutput.push(() => winstonLogger.remove(capture))
  // Tests run at "warn"; the e-mail provider and Medusa's own send logs are "info".
  appLogger.setLogLevel("info")
  restoreOutput.push(() => appLogger.unsetLogLevel())
}

/** What the in-process backend writes while the journey runs. */
let captured = ""
const restoreOutput: (() => void)[] = []

function captureOutput() {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream)
    stream.write = ((chunk: any, ...rest: any[]) => {
      captured += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8")
      return write(chunk, ...rest)
    }) as typeof stream.write
    restoreOutput.push(() => (stream.write = write))
  }
  // Jest's console does not go through process.stdout: capture it as well.
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    const original = console[method]
    console[method] = (...args: unknown[]) => {
      captured += args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg))).join(" ") + "\n"
      original(...args)
    }
    restoreOutput.push(() => (console[method] = original))
  }
}

// Before the runner's own beforeAll boots the app: the backend must find SMTP_URL.
beforeAll(async () => {
  mail = await startMailCatcher()
  process.env.SMTP_URL = mail.smtpUrl
  captureOutput()
})

afterAll(async () => {
  restoreOutput.forEach((restore) => restore())
  await mail?.stop()
})

const linkIn = (email: CaughtEmail) => {
  const link = email.text.match(/https?:\/\/\S+reset-password\?\S+/)?.[0]
  if (!link) throw new Error(`No reset link in "${email.subject}"`)
  return new URL(link)
}
const pickupCodeIn = (email: CaughtEmail) => email.text.match(/collection code at the till: ([A-Z0-9]{6})/)?.[1]
const returnCodeIn = (email: CaughtEmail) => email.text.match(/Return code: (R-[0-9A-Z]{5}-[0-9A-Z]{5})/)?.[1]

async function rowsAsText(container: MedusaContainer, table: string): Promise<string> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(`select row_to_json(t)::text as row from "${table}" t`)
  return rows.map((row: { row: string }) => row.row).join("\n")
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    const secrets = { pickupCode: "", returnCode: "", customerToken: "", adminToken: "", staffToken: "" }
    const ids = { pickupOrder: "", pickup: "", returnOrder: "", storeReturn: "" }
    let admin: Headers
    let pickupStaff: Headers
    let returnsStaff: Headers
    let shopperBefore: Headers
    let adminBefore: Headers
    let adminSessionCookie = ""
    let removedShopper: Headers
    let staffBefore: Headers

    const CUSTOMER = "camille@fairmade.test"
    const ADMIN = "boss@fairmade.test"
    const STAFF = "pickup.staff@fairmade.test"

    // The whole journey runs once; Medusa's runner snapshots the database after it.
    beforeAll(async () => {
      const container = getContainer()
      // The backend's own logger, the one its code writes to.
      captureLogger(container.resolve(ContainerRegistrationKeys.LOGGER))
      const { shop, stores, shopper, lyonStaff } = await createReturnsShop(api, container)
      shopperBefore = { headers: shopper.store.headers }
      returnsStaff = lyonStaff
      const vase = await createStockedProduct(container, shop, { title: "Stoneware vase", price: 30, stock: 10 })

      // 1. A pickup order: marked ready (code e-mailed), handed over with the code from the e-mail.
      const store = await createPickupStore(container, shop, "Lyon Pickup")
      await stockAt(container, vase.inventoryItemId, store.locationId, 3)
      const staff = await signInAsStaff(api, container, STAFF, [store.locationId])
      pickupStaff = staff
      const pickupOrder = await placeOrder(api, shop, store.shippingOptionId, [{ variant_id: vase.variantId, quantity: 1 }], CUSTOMER)
      const pickup = await pickupOfOrder(container, pickupOrder.id)
      Object.assign(ids, { pickupOrder: pickupOrder.id, pickup: pickup.id })
      expect((await answer(api.post(`/staff-api/pickups/${pickup.id}/prepare`, {}, staff))).status).toBe(200)
      expect((await answer(api.post(`/staff-api/pickups/${pickup.id}/ready`, {}, staff))).status).toBe(200)
      secrets.pickupCode = pickupCodeIn(await mail.waitForEmail(CUSTOMER, /is ready to collect/))!
      expect(secrets.pickupCode).toMatch(/^[346789ABCDEFGHJKMNPQRTUVWXY]{6}$/)
      const handed = await answer(api.post(`/staff-api/pickups/${pickup.id}/hand-over`, { code: secrets.pickupCode.toLowerCase() }, staff))
      expect(handed.status).toBe(200)
      expect(handed.data.pickup.status).toBe("collected")

      // 2. A return booked online (code e-mailed), found at the counter by that code, received.
      const placed = await placeDeliveredOrder(api, container, shopper, [{ variant_id: vase.variantId, quantity: 1 }])
      ids.returnOrder = placed.id
      const requested = await answer(api.post("/store/return-requests", {
        order_id: placed.id,
        method: "drop_at_store",
        location_id: stores.lyonId,
        items: [{ id: placed.items[0].id, quantity: 1, reason_code: "changed_mind" }],
      }, shopper.store))
      expect(requested.status).toBe(201)
      ids.storeReturn = requested.data.return_request.id
      secrets.returnCode = returnCodeIn(await mail.waitForEmail(CUSTOMER, /Your return for order/))!
      // The shopper's own answer shows the same code as the e-mail.
      expect(requested.data.return_request.code).toBe(secrets.returnCode)
      const found = await answer(api.post("/staff-api/store-returns/lookup", { code: secrets.returnCode }, lyonStaff))
      expect(found.data.store_return.id).toBe(ids.storeReturn)
      const received = await answer(api.post(`/staff-api/store-returns/${ids.storeReturn}/receive`, {
        items: [{ id: placed.items[0].id, quantity: 1, condition: "resellable" }],
      }, lyonStaff))
      expect(received.status).toBe(200)

      // 3. The customer resets their password from the e-mailed link.
      await api.post("/auth/customer/emailpass/reset-password", { identifier: CUSTOMER }, asNewClient())
      const customerLink = linkIn(await mail.waitForEmail(CUSTOMER, /Reset your Fairmade password/))
      expect(`${customerLink.origin}${customerLink.pathname}`).toBe(`${STOREFRONT_URL}/account/reset-password`)
      secrets.customerToken = customerLink.searchParams.get("token")!
      const customerReset = await answer(api.post("/auth/customer/emailpass/update", { email: CUSTOMER, password: "a-new-shopper-password" }, {
        headers: { authorization: `Bearer ${secrets.customerToken}` },
      }))
      expect(customerReset.status).toBe(200)

      // 4. An admin signed in (token and dashboard session) resets their password.
      adminBefore = await signInAsNewAdmin(api, container, ADMIN)
      const session = await api.post("/auth/session", {}, adminBefore)
      adminSessionCookie = String(session.headers["set-cookie"]).split(";")[0]
      expect((await answer(api.get("/admin/users/me", { headers: { cookie: adminSessionCookie } }))).status).toBe(200)
      await api.post("/auth/user/emailpass/reset-password", { identifier: ADMIN }, asNewClient())
      secrets.adminToken = linkIn(await mail.waitForEmail(ADMIN, /Reset your Fairmade password/)).searchParams.get("token")!
      const adminReset = await answer(api.post("/auth/user/emailpass/update", { email: ADMIN, password: "a-new-admin-password" }, {
        headers: { authorization: `Bearer ${secrets.adminToken}` },
      }))
      expect(adminReset.status).toBe(200)

      // 5. A member of store staff, signed in, resets their password.
      staffBefore = staff
      expect((await answer(api.get("/staff-api/me", staffBefore))).status).toBe(200)
      await api.post("/auth/staff/emailpass/reset-password", { identifier: STAFF }, asNewClient())
      secrets.staffToken = linkIn(await mail.waitForEmail(STAFF, /staff password/, 2)).searchParams.get("token")!
      const staffReset = await answer(api.post("/auth/staff/emailpass/update", { password: "a-new-staff-password" }, {
        headers: { authorization: `Bearer ${secrets.staffToken}` },
      }))
      expect(staffReset.status).toBe(200)
      pickupStaff = await signInStaff(api, STAFF, "a-new-staff-password")

      // 6. A customer account removed by the shop.
      const leaving = await signInAsShopper(api, shop, "leaving@fairmade.test")
      removedShopper = { headers: leaving.store.headers }
      expect((await answer(api.get("/store/customers/me", removedShopper))).status).toBe(200)
      const { data: me } = await api.get("/store/customers/me", removedShopper)
      admin = await signInAsNewAdmin(api, container, "auditor@fairmade.test")
      expect((await answer(api.delete(`/admin/customers/${me.customer.id}`, admin))).status).toBe(200)

      for (const value of Object.values(secrets)) expect(value.length).toBeGreaterThan(5)
    })

    const leaked = (text: string) => Object.entries(secrets).filter(([, secret]) => text.includes(secret)).map(([name]) => name)

    it("delivered every e-mail to the SMTP peer with its code or link inside", async () => {
      const inbox = [...(await mail.emailsTo(CUSTOMER)), ...(await mail.emailsTo(ADMIN)), ...(await mail.emailsTo(STAFF))]
      const everything = inbox.map((email) => `${email.text}\n${email.html}`).join("\n")
      expect(leaked(everything).sort()).toEqual(["adminToken", "customerToken", "pickupCode", "returnCode", "staffToken"])
      const ready = inbox.find((email) => /is ready to collect/.test(email.subject))!
      expect(ready.html).toContain(secrets.pickupCode)
      expect(ready.text).toContain("Lyon Pickup")
    })

    it("keeps no reset token, pickup code or return code readable in the notification table", async () => {
      const notifications = await rowsAsText(getContainer(), "notification")
      expect(notifications).toMatch(/password-reset/)
      expect(notifications).toMatch(/pickup-ready/)
      expect(notifications).toMatch(/store-return-booked/)
      expect(leaked(notifications)).toEqual([])
      // Nor in the rows the codes belong to.
      expect(leaked(await rowsAsText(getContainer(), "pickup_order"))).toEqual([])
      expect(leaked(await rowsAsText(getContainer(), "store_return"))).toEqual([])
      // Nor in stored workflow executions (their inputs and step outputs).
      expect(leaked(await rowsAsText(getContainer(), "workflow_execution"))).toEqual([])
    })

    it("answers no admin request with a secret", async () => {
      const reads: [string, Headers][] = [
        ["/admin/notifications?fields=*&limit=100", admin],
        [`/admin/orders/${ids.pickupOrder}?fields=*`, admin],
        [`/admin/orders/${ids.returnOrder}?fields=*`, admin],
        [`/admin/orders/${ids.pickupOrder}/pickup`, admin],
        ["/admin/store-returns", admin],
        // What staff read: they find a return by the code the shopper shows, never read it.
        [`/staff-api/pickups/${ids.pickup}`, pickupStaff],
        ["/staff-api/pickups?status=collected", pickupStaff],
        [`/staff-api/store-returns/${ids.storeReturn}`, returnsStaff],
        [`/staff-api/store-returns/${ids.storeReturn}/receipt`, returnsStaff],
      ]
      const { data: notifications } = await api.get(reads[0][0], admin)
      expect(notifications.notifications.length).toBeGreaterThanOrEqual(4)
      for (const [url, as] of reads) {
        const read = await answer(api.get(url, as))
        expect([url, read.status]).toEqual([url, 200])
        expect([url, leaked(JSON.stringify(read.data))]).toEqual([url, []])
      }
    })

    it("writes no secret to the backend's log, which did log the sends", () => {
      // The log lines are JSON: their quotes come escaped.
      expect(captured).toMatch(/E-mail \\?"pickup-ready\\?" sent to camille/)
      expect(captured).toMatch(/E-mail \\?"password-reset\\?" sent to boss/)
      expect(leaked(captured)).toEqual([])
    })

    it("refuses the tokens and sessions issued before a password reset, and the new password works", async () => {
      expect((await answer(api.get("/store/customers/me", shopperBefore))).status).toBe(401)
      expect((await answer(api.post("/auth/token/refresh", {}, shopperBefore))).status).toBe(401)
      expect((await answer(api.get("/admin/users/me", adminBefore))).status).toBe(401)
      expect((await answer(api.get("/admin/users/me", { headers: { cookie: adminSessionCookie } }))).status).toBe(401)
      // The reset links work once.
      const replay = await answer(api.post("/auth/user/emailpass/update", { email: ADMIN, password: "someone-elses-password" }, {
        headers: { authorization: `Bearer ${secrets.adminToken}` },
      }))
      expect(replay.status).toBe(401)

      const shopperAgain = await api.post("/auth/customer/emailpass", { email: CUSTOMER, password: "a-new-shopper-password" }, asNewClient())
      const { data: me } = await api.get("/store/customers/me", {
        headers: { ...shopperBefore.headers, authorization: `Bearer ${shopperAgain.data.token}` },
      })
      expect(me.customer.email).toBe(CUSTOMER)
      const adminAgain = await api.post("/auth/user/emailpass", { email: ADMIN, password: "a-new-admin-password" }, asNewClient())
      const { data: user } = await api.get("/admin/users/me", { headers: { authorization: `Bearer ${adminAgain.data.token}` } })
      expect(user.user.email).toBe(ADMIN)
      expect((await answer(api.get("/staff-api/me", staffBefore))).status).toBe(401)
      const staffAgain = await signInStaff(api, STAFF, "a-new-staff-password")
      const { data: member } = await api.get("/staff-api/me", staffAgain)
      expect(JSON.stringify(member)).toContain(STAFF)
      // Other accounts' tokens are untouched.
      expect((await answer(api.get("/admin/users/me", admin))).status).toBe(200)
    })

    it("refuses the tokens of a removed account", async () => {
      expect((await answer(api.get("/store/customers/me", removedShopper))).status).toBe(401)
    })
  },
})
