import { EMAIL_TEMPLATES, QR_CID, renderEmail } from "../templates"

const context = { storefrontUrl: "https://shop.fairmade.test" }
const lyon = {
  name: "Lyon Part-Dieu",
  address: { address_1: "17 rue de la République", postal_code: "69002", city: "Lyon" },
  opening_hours: { mon: "10:00-19:00", tue: "10:00-19:00", sun: "closed" },
  time_zone: "Europe/Paris",
  instructions: "Ask at the till.",
}

// The first render loads React's server renderer; on a busy machine that alone can take seconds.
jest.setTimeout(60_000)

describe("e-mail templates (React Email)", () => {
  beforeAll(async () => {
    await renderEmail("pickup-rejected", { order_display_id: 1 }, context)
  }, 60_000)

  it("covers every e-mail the shop sends", () => {
    expect(EMAIL_TEMPLATES.sort()).toEqual(
      [
        "contact-message",
        "review-request",
        "customer-email-verification",
        "order-confirmation",
        "order-shipped",
        "password-reset",
        "pickup-expired",
        "pickup-ready",
        "pickup-reminder",
        "pickup-rejected",
        "pickup-short-picked",
        "refund-issued",
        "store-return-booked",
        "store-return-receipt",
      ].sort(),
    )
  })

  it("contact message to the shop's inbox: the shopper's words as text, never as HTML", async () => {
    const email = await renderEmail(
      "contact-message",
      { name: "Camille", email: "camille@example.test", topic: "order", order_reference: "#42", message: "Hello <b>shop</b>\n\nSecond part", contact_message_id: "cmsg_1" },
      context,
    )
    expect(email.subject).toBe("Contact form: order — Camille")
    expect(email.html).not.toContain("<b>shop</b>")
    expect(email.html).toContain("Hello &lt;b&gt;shop&lt;/b&gt;")
    expect(email.text).toContain("Order: #42")
    expect(email.text).toContain("Second part")
    expect(email.text).toContain("Reply to camille@example.test. Message cmsg_1.")
  })

  it("review request: the products and the one-click link with its token", async () => {
    const email = await renderEmail(
      "review-request",
      { order_display_id: 7, received_by: "collection", customer_first_name: "Camille", products: [{ title: "Zinc candle holder" }], review_token: "order_1.abc+/=" },
      context,
    )
    expect(email.subject).toBe("How do you like what you collected? (order #7)")
    expect(email.text).toContain("Zinc candle holder")
    expect(email.text).toContain("https://shop.fairmade.test/reviews/new?token=order_1.abc%2B%2F%3D")
  })

  it("pickup ready: the code in HTML and text, its QR image attached inline, the hold time in store time", async () => {
    const email = await renderEmail(
      "pickup-ready",
      { order_id: "order_1", order_display_id: 42, customer_first_name: "Camille", store: lyon, expires_at: "2026-12-14T14:55:00.000Z", pickup_code: "K7M3QX" },
      context,
    )
    expect(email.subject).toBe("Order #42 is ready to collect")
    expect(email.html).toMatch(/^<!DOCTYPE html/)
    expect(email.html).toContain("K7M3QX")
    expect(email.html).toContain(`src="cid:${QR_CID}"`)
    expect(email.text).toContain("Show this collection code at the till: K7M3QX")
    // 14:55 UTC is 15:55 in Lyon, and the zone is named.
    expect(email.text).toContain("We keep it until Monday, 14 December 2026 at 15:55 (Paris time).")
    expect(email.text).toContain("Monday: 10:00-19:00")
    expect(email.text).toContain("https://shop.fairmade.test/account/orders/order_1")
    expect(email.text).not.toContain("<")
    expect(email.attachments).toEqual([expect.objectContaining({ cid: QR_CID, contentType: "image/png" })])
    expect(email.attachments[0].content.subarray(1, 4).toString()).toBe("PNG")
  })

  it("order confirmation for collection: items, totals, the store and no delivery address", async () => {
    const email = await renderEmail(
      "order-confirmation",
      {
        order_id: "order_2",
        order_display_id: 7,
        currency_code: "eur",
        items: [
          { title: "Stoneware vase", variant_title: "Default", quantity: 2, total: 60 },
          { title: "Linen cushion", variant_title: "Large", quantity: 1, total: 45 },
        ],
        totals: { item_subtotal: 105, discount: 10.5, shipping: 0, tax: 15.75, total: 94.5 },
        fulfilment: { method: "collection", store: lyon },
      },
      context,
    )
    expect(email.subject).toBe("Thank you for your order #7")
    expect(email.text).toMatch(/2 × Stoneware vase\s+€60\.00/)
    expect(email.text).toMatch(/1 × Linen cushion \(Large\)\s+€45\.00/)
    expect(email.text).not.toContain("Default")
    expect(email.text).toMatch(/Discount\s+−€10\.50/)
    expect(email.text).toMatch(/Total paid\s+€94\.50/)
    expect(email.text).toContain("Lyon Part-Dieu")
    expect(email.text).toContain("We will e-mail you your collection code as soon as it is ready.")
    expect(email.attachments).toEqual([])
  })

  it("order confirmation for delivery names the address; shipped names the tracking", async () => {
    const confirmation = await renderEmail(
      "order-confirmation",
      {
        order_id: "order_3",
        order_display_id: 8,
        currency_code: "gbp",
        items: [{ title: "Candle", quantity: 1, total: 12 }],
        totals: { item_subtotal: 12, shipping: 4.9, total: 16.9 },
        fulfilment: { method: "delivery", option_name: "Standard", address_lines: ["Sam Smith", "1 High Street", "SW1A 1AA London"] },
      },
      context,
    )
    expect(confirmation.text).toMatch(/Delivery \(Standard\)\s+£4\.90/)
    expect(confirmation.text).toContain("1 High Street")

    const shipped = await renderEmail(
      "order-shipped",
      { order_id: "order_3", order_display_id: 8, tracking: [{ number: "JD0001", url: "https://track.example/JD0001" }], items: [{ title: "Candle", quantity: 1 }] },
      context,
    )
    expect(shipped.subject).toBe("Order #8 is on its way")
    expect(shipped.text).toContain("Tracking number: JD0001")
    expect(shipped.html).toContain('href="https://track.example/JD0001"')
  })

  it("escapes what shoppers typed", async () => {
    const email = await renderEmail("pickup-rejected", { order_display_id: 9, customer_first_name: "<script>x</script>", reason: "a & b" }, context)
    expect(email.html).not.toContain("<script>")
    expect(email.html).toContain("&lt;script&gt;")
  })

  it("refuses an unknown template rather than sending a blank e-mail", async () => {
    await expect(renderEmail("nope", {}, context)).rejects.toThrow('No e-mail template "nope".')
  })
})
