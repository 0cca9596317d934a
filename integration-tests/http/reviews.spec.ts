import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reviewToken } from "@fairmade/reviews/lib/review-link"
import { sendReviewRequestsWorkflow } from "@fairmade/reviews/workflows"
import { staffAdmin } from "../helpers/staff"
import { BACKEND_DIR } from "../helpers/backend"
import { answer } from "../helpers/checkout"
import { asNewClient } from "../helpers/client-ip"
import { createShop, createStockedProduct, type Shop, type StockedProduct } from "../helpers/fixtures"
import {
  createPickupStore,
  lastNotification,
  markWarehouse,
  pickupOfOrder,
  placeOrder,
  signInAsStaff,
  stockAt,
  type PickupStore,
} from "../helpers/pickup-stores"

jest.setTimeout(180_000)

const DAY = 24 * 3_600_000

/** The smallest PNG: a 1×1 pixel. */
const PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="

/** Rows the reviews module holds, straight from PostgreSQL: what "nothing stored" means. */
async function storedRows(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as any
  const count = async (table: string) => Number((await knex.raw(`select count(*) as n from ${table}`)).rows[0].n)
  return { reviews: await count("review"), images: await count("review_image"), reports: await count("review_report") }
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    let shop: Shop
    let lyon: PickupStore
    let vase: StockedProduct
    let candle: StockedProduct
    let lyonStaff: { headers: Record<string, string> }
    let admin: { headers: Record<string, string> }
    let orderNumber = 0

    /** The Store API from a shopper's own address (each its own rate-limit counter). */
    const shopper = () => asNewClient(shop.store.headers)

    /** An order placed for collection at Lyon; collected too unless told otherwise. */
    async function orderAtLyon(products: StockedProduct[], { collect = true } = {}) {
      const email = `reviewer${++orderNumber}@fairmade.test`
      const order = await placeOrder(api, shop, lyon.shippingOptionId, products.map((product) => ({ variant_id: product.variantId, quantity: 1 })), email)
      const pickup = await pickupOfOrder(getContainer(), order.id)
      if (collect) await collectPickup(pickup.id, email)
      return { order, pickup, email, token: reviewToken(order.id) }
    }

    /** What the store does: prepare, mark ready, hand over with the code the shopper was sent. */
    async function collectPickup(pickupId: string, email: string) {
      await api.post(`/staff-api/pickups/${pickupId}/prepare`, {}, lyonStaff)
      await api.post(`/staff-api/pickups/${pickupId}/ready`, {}, lyonStaff)
      const code = (await lastNotification(getContainer(), email, "pickup-ready"))!.data!.pickup_code as string
      const { data } = await api.post(`/staff-api/pickups/${pickupId}/hand-over`, { code }, lyonStaff)
      expect(data.pickup.status).toBe("collected")
    }

    const review = (token: string, product: StockedProduct, overrides: Record<string, unknown> = {}) => ({
      token,
      product_id: product.productId,
      rating: 4,
      title: "Lovely glaze",
      body: "Heavier than it looks, and the glaze is even better in daylight.",
      ...overrides,
    })

    const submit = (body: Record<string, unknown>, client = shopper()) => answer(api.post("/store/reviews", body, client))
    const moderate = (id: string, action: string, body: unknown = {}) => answer(api.post(`/admin/reviews/${id}/${action}`, body, admin))
    const publicReviews = async (product: StockedProduct, sort = "newest") =>
      (await api.get(`/store/products/${product.productId}/reviews?sort=${sort}`, shop.store)).data

    beforeAll(async () => {
      const container = getContainer()
      shop = await createShop(container, "Reviews shop")
      await markWarehouse(container, shop)
      lyon = await createPickupStore(container, shop, "Lyon Reviews")
      vase = await createStockedProduct(container, shop, { title: "Stoneware vase", price: 30, stock: 20 })
      candle = await createStockedProduct(container, shop, { title: "Fig candle", price: 15, stock: 20 })
      await stockAt(container, vase.inventoryItemId, lyon.locationId, 20)
      await stockAt(container, candle.inventoryItemId, lyon.locationId, 20)
      lyonStaff = await signInAsStaff(api, container, "lyon.reviews@fairmade.test", [lyon.locationId])
      admin = await staffAdmin(api, container)
    })

    describe("who may review", () => {
      it("refuses the buyer before collection, then accepts the review once the order is collected, pending moderation", async () => {
        const { order, pickup, email, token } = await orderAtLyon([vase], { collect: false })

        const form = await api.get(`/store/review-requests/${encodeURIComponent(token)}`, shop.store)
        expect(form.data.review_request).toEqual(
          expect.objectContaining({ order_display_id: order.display_id, author_name: "Camille M.", received: null }),
        )
        const early = await submit(review(token, vase))
        expect(early.status).toBe(403)
        expect(early.data.message).toMatch(/has not been delivered or collected yet/)
        expect(await storedRows(getContainer())).toEqual({ reviews: 0, images: 0, reports: 0 })

        await collectPickup(pickup.id, email)
        const accepted = await submit(review(token, vase))
        expect(accepted.status).toBe(201)
        expect(accepted.data.review).toEqual({ id: expect.stringMatching(/^rev_/), status: "pending", product_id: vase.productId })

        const after = await api.get(`/store/review-requests/${encodeURIComponent(token)}`, shop.store)
        expect(after.data.review_request.received).toEqual({ at: expect.any(String), by: "collection" })
        expect(after.data.review_request.products).toEqual([expect.objectContaining({ product_id: vase.productId, title: "Stoneware vase", reviewed: true })])
        // Pending: not public yet.
        expect((await publicReviews(vase)).reviews).toEqual([])
      })

      it("refuses a link the shop did not make, and a product the order did not hold: nothing stored", async () => {
        const { order, token } = await orderAtLyon([vase])
        const forged = await submit(review(`${order.id}.${"A".repeat(43)}`, vase))
        expect(forged.status).toBe(403)
        expect(forged.data.message).toMatch(/link is not valid/)
        const otherProduct = await submit(review(token, candle))
        expect(otherProduct.status).toBe(403)
        expect(otherProduct.data.message).toMatch(/not part of what you received/)
        expect((await answer(api.get(`/store/review-requests/${order.id}.forged`, shop.store))).status).toBe(403)
        expect(await storedRows(getContainer())).toEqual({ reviews: 0, images: 0, reports: 0 })
      })

      it("refuses a second review of the same product for the same order (409), keeping the first", async () => {
        const { token } = await orderAtLyon([vase, candle])
        expect((await submit(review(token, vase))).status).toBe(201)
        const again = await submit(review(token, vase, { rating: 1, title: "Changed my mind" }))
        expect(again.status).toBe(409)
        expect(again.data.message).toMatch(/already reviewed this product/)
        // The other product of the order can still be reviewed.
        expect((await submit(review(token, candle))).status).toBe(201)
        const { data } = await api.get("/admin/reviews", admin)
        expect(data.reviews.map((row: any) => [row.product.title, row.rating, row.title]).sort()).toEqual([
          ["Fig candle", 4, "Lovely glaze"],
          ["Stoneware vase", 4, "Lovely glaze"],
        ])
      })
    })

    describe("bad input", () => {
      it("refuses each bad input with a clear 4xx and stores nothing", async () => {
        const { token } = await orderAtLyon([vase])
        const cases: [string, Record<string, unknown>, number, RegExp][] = [
          ["rating 0", { rating: 0 }, 400, /rating must be a whole number from 1 to 5/],
          ["rating 6", { rating: 6 }, 400, /rating must be a whole number from 1 to 5/],
          ["rating 3.5", { rating: 3.5 }, 400, /whole number/],
          ["rating as words", { rating: "five" }, 400, /field 'rating'/],
          ["no title", { title: "   " }, 400, /title is required/],
          ["text over 5,000 characters", { body: "é".repeat(5001) }, 400, /at most 5,000 characters/],
          ["unknown field", { html: true }, 400, /Unrecognized fields: 'html'/],
          ["four photos", { photos: [PNG_1PX, PNG_1PX, PNG_1PX, PNG_1PX] }, 400, /At most 3 photos/],
          ["a script named as a photo", { photos: [Buffer.from("<?php system($_GET['c']); ?>").toString("base64")] }, 415, /Photo 1 is not a JPEG, PNG or WebP image/],
          ["a text that is not base64", { photos: ["not base64 at all!"] }, 400, /not base64/],
          [
            "a PNG over 2 MB",
            { photos: [PNG_1PX, Buffer.concat([Buffer.from(PNG_1PX, "base64"), Buffer.alloc(2 * 1024 * 1024)]).toString("base64")] },
            413,
            /Photo 2 is 2\.0 MB; each photo may be at most 2 MB/,
          ],
        ]
        for (const [name, overrides, status, message] of cases) {
          const refused = await submit(review(token, vase, overrides))
          expect({ name, status: refused.status }).toEqual({ name, status })
          expect({ name, message: refused.data.message }).toEqual({ name, message: expect.stringMatching(message) })
        }
        expect(await storedRows(getContainer())).toEqual({ reviews: 0, images: 0, reports: 0 })

        // Exactly 5,000 characters (accented ones count once) and HTML are accepted, kept as typed.
        const html = `<script>alert("x")</script><b>bold?</b> ${"é".repeat(4950)}`
        const accepted = await submit(review(token, vase, { body: html.slice(0, 5000), photos: [PNG_1PX] }))
        expect(accepted.status).toBe(201)
        await moderate(accepted.data.review.id, "approve")
        const [shown] = (await publicReviews(vase)).reviews
        expect(shown.body).toBe(html.slice(0, 5000))
        expect(shown.photos).toEqual([{ id: expect.stringMatching(/^revpic_/), url: expect.stringMatching(/^\/store\/review-photos\/revpic_/) }])
        const photo = await api.get(shown.photos[0].url, { ...shop.store, responseType: "arraybuffer" })
        expect(photo.headers["content-type"]).toBe("image/png")
        expect(Buffer.from(photo.data).equals(Buffer.from(PNG_1PX, "base64"))).toBe(true)
      })

      it("rate-limits submissions and reports per address (429 with Retry-After)", async () => {
        const sameShopper = shopper()
        for (let attempt = 1; attempt <= 10; attempt++) {
          expect((await submit(review("order_x.forged", vase), sameShopper)).status).toBe(403)
        }
        const limited = await submit(review("order_x.forged", vase), sameShopper)
        expect(limited.status).toBe(429)
        expect(limited.headers["retry-after"]).toMatch(/^\d+$/)
        // Another address is not affected.
        expect((await submit(review("order_x.forged", vase))).status).toBe(403)

        const { token } = await orderAtLyon([vase])
        const { data } = await submit(review(token, vase))
        await moderate(data.review.id, "approve")
        const reporter = shopper()
        for (let attempt = 1; attempt <= 5; attempt++) {
          expect((await answer(api.post(`/store/reviews/${data.review.id}/report`, { reason: "Looks like an advert" }, reporter))).status).toBe(201)
        }
        const tooMany = await answer(api.post(`/store/reviews/${data.review.id}/report`, { reason: "Looks like an advert" }, reporter))
        expect(tooMany.status).toBe(429)
        expect((await storedRows(getContainer())).reports).toBe(5)
      })
    })

    describe("moderation", () => {
      it("moves a review through pending, approved, flagged, rejected with a reason, and shows only approved ones", async () => {
        const { token } = await orderAtLyon([vase])
        const { data } = await submit(review(token, vase, { rating: 2, title: "Chipped" }))
        const id = data.review.id
        expect((await api.get("/admin/reviews?status=pending", admin)).data.reviews.map((row: any) => row.id)).toEqual([id])

        const approved = await moderate(id, "approve")
        expect(approved.data.review).toEqual(expect.objectContaining({ status: "approved", moderated_at: expect.any(String) }))
        const shown = await publicReviews(vase)
        expect(shown.reviews).toEqual([
          expect.objectContaining({ id, rating: 2, title: "Chipped", author_name: "Camille M.", verified_purchase: true, received_by: "collection", reply: null }),
        ])
        expect(shown.summary).toEqual({ average: 2, count: 1, distribution: { "1": 0, "2": 1, "3": 0, "4": 0, "5": 0 } })
        expect(JSON.stringify(shown)).not.toMatch(/reviewer\d+@|order_/)

        const again = await moderate(id, "approve")
        expect(again.status).toBe(400)
        expect(again.data.message).toMatch(/Cannot approve a review that is approved/)

        const flagged = await moderate(id, "flag", { reason: "Check the photo" })
        expect(flagged.data.review).toEqual(expect.objectContaining({ status: "flagged", moderation_reason: "Check the photo" }))
        expect((await publicReviews(vase)).reviews).toEqual([])
        expect((await publicReviews(vase)).summary.count).toBe(0)

        const noReason = await moderate(id, "reject")
        expect(noReason.status).toBe(400)
        expect(noReason.data.message).toMatch(/reason/i)
        expect((await api.get("/admin/reviews?status=flagged", admin)).data.reviews.map((row: any) => row.id)).toEqual([id])

        const rejected = await moderate(id, "reject", { reason: "Off topic" })
        expect(rejected.data.review).toEqual(expect.objectContaining({ status: "rejected", moderation_reason: "Off topic" }))
        expect((await api.get("/admin/reviews?status=rejected", admin)).data.reviews.map((row: any) => row.id)).toEqual([id])
        expect((await publicReviews(vase)).reviews).toEqual([])

        const dashboard = (await api.get("/admin/reviews/dashboard", admin)).data.dashboard
        expect(dashboard.status_counts).toEqual({ pending: 0, approved: 0, rejected: 1, flagged: 0 })
      })

      it("shows the producer's reply under the review, and counts it in the dashboard", async () => {
        const { token } = await orderAtLyon([vase])
        const { data } = await submit(review(token, vase, { rating: 5 }))
        await moderate(data.review.id, "approve")
        const emptyReply = await moderate(data.review.id, "reply", { body: "  " })
        expect(emptyReply.status).toBe(400)
        const replied = await moderate(data.review.id, "reply", { body: "Thank you! Each vase is thrown by hand in our Lyon workshop." })
        expect(replied.data.review.reply).toEqual({ body: "Thank you! Each vase is thrown by hand in our Lyon workshop.", replied_at: expect.any(String) })

        const [shown] = (await publicReviews(vase)).reviews
        expect(shown.reply).toEqual({ body: "Thank you! Each vase is thrown by hand in our Lyon workshop.", replied_at: expect.any(String) })

        const dashboard = (await api.get("/admin/reviews/dashboard", admin)).data.dashboard
        expect(dashboard).toEqual(
          expect.objectContaining({
            published: 1,
            answered: 1,
            share_answered: 1,
            products: [expect.objectContaining({ product_id: vase.productId, title: "Stoneware vase", count: 1, average: 5 })],
            months: [expect.objectContaining({ count: 1, average: 5 })],
          }),
        )
        expect(dashboard.time_to_answer_hours.median).toEqual(expect.any(Number))
        expect(dashboard.time_to_answer_hours.median).toBeGreaterThanOrEqual(0)
      })

      it("sorts by newest, most helpful and lowest, and gives the cards their average and count", async () => {
        const ids: string[] = []
        for (const rating of [5, 1, 3]) {
          const { token } = await orderAtLyon([vase])
          const { data } = await submit(review(token, vase, { rating, title: `${rating} stars` }))
          await moderate(data.review.id, "approve")
          ids.push(data.review.id)
        }
        for (let vote = 0; vote < 2; vote++) await api.post(`/store/reviews/${ids[2]}/helpful`, {}, shopper())
        await api.post(`/store/reviews/${ids[0]}/helpful`, {}, shopper())

        const titles = async (sort: string) => (await publicReviews(vase, sort)).reviews.map((row: any) => row.title)
        expect(await titles("newest")).toEqual(["3 stars", "1 stars", "5 stars"])
        expect(await titles("helpful")).toEqual(["3 stars", "5 stars", "1 stars"])
        expect(await titles("lowest")).toEqual(["1 stars", "3 stars", "5 stars"])
        expect((await answer(api.get(`/store/products/${vase.productId}/reviews?sort=best`, shop.store))).status).toBe(400)

        const { data } = await api.get(`/store/review-summaries?product_ids=${vase.productId},${candle.productId}`, shop.store)
        expect(data.summaries).toEqual({ [vase.productId]: { average: 3, count: 3 }, [candle.productId]: { average: null, count: 0 } })

        // Reports reach the moderation queue; a review that is not published cannot be reported.
        await api.post(`/store/reviews/${ids[1]}/report`, { reason: "Rude language" }, shopper())
        const reported = (await api.get("/admin/reviews?reported=true", admin)).data.reviews
        expect(reported.map((row: any) => [row.id, row.report_count])).toEqual([[ids[1], 1]])
        await moderate(ids[1], "flag", { reason: "Reported" })
        expect((await answer(api.post(`/store/reviews/${ids[1]}/report`, { reason: "Rude language" }, shopper()))).status).toBe(404)
      })
    })

    describe("the review request e-mail", () => {
      it("goes once, N days after collection, with a signed link that opens the form", async () => {
        const { order, email } = await orderAtLyon([vase, candle])
        const run = async (daysFromNow: number) =>
          (await sendReviewRequestsWorkflow(getContainer()).run({ input: { delay_days: 7, now: new Date(Date.now() + daysFromNow * DAY).toISOString() } }))
            .result.order_ids

        expect(await run(1)).toEqual([])
        expect(await lastNotification(getContainer(), email, "review-request")).toBeNull()

        expect(await run(8)).toEqual([order.id])
        const sent = await lastNotification(getContainer(), email, "review-request")
        expect(sent!.data).toEqual(
          expect.objectContaining({
            order_display_id: order.display_id,
            received_by: "collection",
            products: expect.arrayContaining([{ title: "Stoneware vase" }, { title: "Fig candle" }]),
            review_token: reviewToken(order.id),
          }),
        )
        // The row holds the link sealed: admins listing notifications do not see it.
        const { data } = await api.get("/admin/notifications", admin)
        expect(JSON.stringify(data)).not.toContain(reviewToken(order.id))

        // Once only; and never for orders received before the 30-day window.
        expect(await run(9)).toEqual([])
        expect(await run(60)).toEqual([])

        const form = await api.get(`/store/review-requests/${encodeURIComponent(sent!.data!.review_token as string)}`, shop.store)
        expect(form.data.review_request.products.map((product: any) => product.reviewed)).toEqual([false, false])
      })
    })
  },
})
