import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  capturePaymentWorkflow,
  createOrderFulfillmentWorkflow,
  createOrderShipmentWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import { expireUncollectedPickupsWorkflow, remindUncollectedPickupsWorkflow } from "@fairmade/click-and-collect/workflows"
import { BACKEND_DIR } from "../helpers/backend"
import { answer } from "../helpers/checkout"
import { createShop, createStockedProduct, type Shop } from "../helpers/fixtures"
import { startMailCatcher, type CaughtEmail } from "../helpers/mail-catcher"
import { createPickupStore, markWarehouse, pickupOfOrder, placeOrder, signInAsStaff, stockAt, type PickupStore } from "../helpers/pickup-stores"

jest.setTimeout(240_000)

/**
 * Issue 15, item 14: the shop's transactional e-mails reach a real SMTP peer (MailDev)
 * as HTML + text, built from the React Email templates: the order confirmation for a
 * collection and for a delivery, "ready to collect" with its code and QR image,
 * "on its way" with the tracking number, and "we refunded".
 */
const STOREFRONT_URL = "https://shop.fairmade.test"
process.env.STOREFRONT_URL = STOREFRONT_URL

type Caught = CaughtEmail & { attachments?: { contentId?: string; cid?: string; contentType?: string }[] }

let mail: Awaited<ReturnType<typeof startMailCatcher>>
/** E-mails go out after the request that caused them (subscribers, jobs): generous on a busy machine. */
const MAIL_WAIT_MS = 60_000

// Before the runner's own beforeAll boots the app: the backend must find SMTP_URL.
beforeAll(async () => {
  mail = await startMailCatcher()
  process.env.SMTP_URL = mail.smtpUrl
})

afterAll(async () => {
  delete process.env.SMTP_URL
  await mail?.stop()
})

const expectHtmlAndText = (email: Caught) => {
  expect(email.html).toMatch(/<!DOCTYPE html/i)
  expect(email.html).toContain("Fairmade")
  expect(email.text.length).toBeGreaterThan(50)
  expect(email.text).not.toMatch(/<[a-z]/i)
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let store: PickupStore
    let vase: Awaited<ReturnType<typeof createStockedProduct>>
    let staff: Awaited<ReturnType<typeof signInAsStaff>>

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container)
      await markWarehouse(container, shop)
      store = await createPickupStore(container, shop, "Lyon Part-Dieu")
      vase = await createStockedProduct(container, shop, { title: "Stoneware vase", price: 30, stock: 10 })
      await stockAt(container, vase.inventoryItemId, store.locationId, 5)
      // Each test starts again from the state after this beforeAll: the member of staff is made here once.
      staff = await signInAsStaff(api, container, "mail.staff@fairmade.test", [store.locationId])
    })

    it("confirms a collection order, then sends the collection code with its QR image when it is ready", async () => {
      const shopper = "collect.mail@fairmade.test"
      const order = await placeOrder(api, shop, store.shippingOptionId, [{ variant_id: vase.variantId, quantity: 2 }], shopper)

      const confirmation = (await mail.waitForEmail(shopper, new RegExp(`^Thank you for your order #${order.display_id}$`), 1, MAIL_WAIT_MS)) as Caught
      expectHtmlAndText(confirmation)
      expect(confirmation.text).toMatch(/2 × Stoneware vase \(One size\)\s+€60\.00/)
      expect(confirmation.text).toMatch(/Total paid\s+€60\.00/)
      expect(confirmation.text).toContain("Collect it at")
      expect(confirmation.text).toContain("Lyon Part-Dieu")
      expect(confirmation.text).toContain("Opening hours (Paris time):")
      expect(confirmation.text).not.toContain("Delivery to")
      expect(confirmation.html).toContain(`${STOREFRONT_URL}/account/orders/${order.id}`)

      const pickup = await pickupOfOrder(getContainer(), order.id)
      expect((await answer(api.post(`/staff-api/pickups/${pickup.id}/prepare`, {}, staff))).status).toBe(200)
      expect((await answer(api.post(`/staff-api/pickups/${pickup.id}/ready`, {}, staff))).status).toBe(200)

      const ready = (await mail.waitForEmail(shopper, /is ready to collect/, 1, MAIL_WAIT_MS)) as Caught
      expectHtmlAndText(ready)
      expect(ready.subject).toBe(`Order #${order.display_id} is ready to collect`)
      const code = ready.text.match(/Show this collection code at the till: ([A-Z0-9]{6})/)?.[1]
      expect(code).toMatch(/^[346789ABCDEFGHJKMNPQRTUVWXY]{6}$/)
      expect(ready.html).toContain(code)
      expect(ready.text).toMatch(/We keep it until .+ \(Paris time\)\./)
      // The QR code of the collection code is an inline image of the message itself (MailDev
      // shows it with its `cid:` reference resolved).
      expect(ready.html).toMatch(new RegExp(`<img alt="QR code of ${code}"[^>]* src="(cid:code-qr@fairmade|data:image/png;base64,[^"]+)"`))
      expect(ready.attachments).toEqual([expect.objectContaining({ contentType: "image/png" })])
      expect(JSON.stringify(ready.attachments)).toContain("code-qr@fairmade")

      // The code from the e-mail is the one the till accepts.
      const handed = await answer(api.post(`/staff-api/pickups/${pickup.id}/hand-over`, { code }, staff))
      expect(handed.status).toBe(200)
    })

    it("reminds the shopper once a day before the hold period ends, then says the order went back", async () => {
      const shopper = "remind.mail@fairmade.test"
      const order = await placeOrder(api, shop, store.shippingOptionId, [{ variant_id: vase.variantId, quantity: 1 }], shopper)
      const pickup = await pickupOfOrder(getContainer(), order.id)
      expect((await answer(api.post(`/staff-api/pickups/${pickup.id}/prepare`, {}, staff))).status).toBe(200)
      expect((await answer(api.post(`/staff-api/pickups/${pickup.id}/ready`, {}, staff))).status).toBe(200)
      const ready = await mail.waitForEmail(shopper, /is ready to collect/, 1, MAIL_WAIT_MS)
      const code = ready.text.match(/Show this collection code at the till: ([A-Z0-9]{6})/)?.[1]
      const expiresAt = new Date((await pickupOfOrder(getContainer(), order.id)).expires_at)

      // Two days before the end: too early. Twelve hours before: reminded, once however often the job runs.
      await remindUncollectedPickupsWorkflow(getContainer()).run({ input: { now: new Date(expiresAt.getTime() - 48 * 3_600_000).toISOString() } })
      const twelveHoursBefore = new Date(expiresAt.getTime() - 12 * 3_600_000).toISOString()
      await remindUncollectedPickupsWorkflow(getContainer()).run({ input: { now: twelveHoursBefore } })
      await remindUncollectedPickupsWorkflow(getContainer()).run({ input: { now: twelveHoursBefore } })
      const reminder = (await mail.waitForEmail(shopper, /^Reminder: order #\d+ is waiting for you$/, 1, MAIL_WAIT_MS)) as Caught
      expectHtmlAndText(reminder)
      expect(reminder.text).toContain(`Show this collection code at the till: ${code}`)
      expect(reminder.text).toMatch(/We keep it until .+ \(Paris time\); after that it goes back on the shelf/)
      expect(JSON.stringify(reminder.attachments)).toContain("code-qr@fairmade")

      await expireUncollectedPickupsWorkflow(getContainer()).run({ input: { now: new Date(expiresAt.getTime() + 60_000).toISOString() } })
      const expired = (await mail.waitForEmail(shopper, /was not collected$/, 1, MAIL_WAIT_MS)) as Caught
      expectHtmlAndText(expired)
      expect(expired.text).toContain("Lyon Part-Dieu")
      expect(expired.text).not.toContain(code!)
      expect((await mail.emailsTo(shopper)).filter((email) => /^Reminder/.test(email.subject))).toHaveLength(1)
    })

    it("confirms a delivery order with its address, then e-mails the tracking number and the refund", async () => {
      const shopper = "deliver.mail@fairmade.test"
      const order = await placeOrder(api, shop, shop.shippingOptionId, [{ variant_id: vase.variantId, quantity: 1 }], shopper)

      const confirmation = (await mail.waitForEmail(shopper, /^Thank you for your order/, 1, MAIL_WAIT_MS)) as Caught
      expectHtmlAndText(confirmation)
      expect(confirmation.text).toContain("Delivery to")
      expect(confirmation.text).toContain("12 rue de la Paix")
      expect(confirmation.text).toMatch(/1 × Stoneware vase \(One size\)\s+€30\.00/)
      expect(confirmation.text).not.toContain("Collect it at")

      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order", fields: ["payment_collections.payments.id"], filters: { id: order.id } })
      const placed = data[0] as any
      const items = ((order as any).items as { id: string; quantity: number }[]).map((item) => ({ id: item.id, quantity: Number(item.quantity) }))
      const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({ input: { order_id: order.id, items } })
      await createOrderShipmentWorkflow(container).run({
        input: {
          order_id: order.id,
          fulfillment_id: fulfillment.id,
          items,
          labels: [{ tracking_number: "FM123456789FR", tracking_url: "https://tracking.example/FM123456789FR", label_url: "" }],
        },
      })
      const shipped = (await mail.waitForEmail(shopper, /is on its way$/, 1, MAIL_WAIT_MS)) as Caught
      expectHtmlAndText(shipped)
      expect(shipped.text).toContain("Tracking number: FM123456789FR")
      expect(shipped.html).toContain('href="https://tracking.example/FM123456789FR"')

      const paymentId = placed.payment_collections[0].payments[0].id
      await capturePaymentWorkflow(container).run({ input: { payment_id: paymentId } })
      await refundPaymentWorkflow(container).run({ input: { payment_id: paymentId, amount: 12.5, note: "The vase arrived chipped." } })
      const refunded = (await mail.waitForEmail(shopper, /^Refund of €12\.50 for order/, 1, MAIL_WAIT_MS)) as Caught
      expectHtmlAndText(refunded)
      expect(refunded.text).toContain(`We refunded €12.50 for order #${order.display_id} to your original payment method.`)
      expect(refunded.text).toContain("The vase arrived chipped.")

      // Each e-mail once, although the backend may see an event more than once.
      const inbox = await mail.emailsTo(shopper)
      expect(inbox.map((email) => email.subject).sort()).toEqual(
        [`Thank you for your order #${order.display_id}`, `Order #${order.display_id} is on its way`, `Refund of €12.50 for order #${order.display_id}`].sort(),
      )
    })
  },
})
