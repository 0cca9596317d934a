import { z } from "@medusajs/framework/zod"
import { PLACEMENTS } from "../engine/placements"

const productId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a product id")
/** `product_id=a&product_id=b` or `product_id=a,b`. */
const productIds = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(productId).max(50, "at most 50 products"))

/** The storefront's cookie id of a visitor who has not signed in. */
const anonymousId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, - or _")

export const RecommendationQuery = z
  .strictObject({
    placement: z.enum(PLACEMENTS),
    product_id: productIds.optional(),
    anonymous_id: anonymousId.optional(),
    limit: z.coerce.number().int().min(1).max(12).default(8),
  })
  .superRefine((query, context) => {
    const count = query.product_id?.length ?? 0
    const issue = (path: string, message: string) => context.addIssue({ code: "custom", path: [path], message })
    if (query.placement === "product" && count !== 1) issue("product_id", "placement=product needs exactly one product_id")
    if (query.placement === "cart" && count === 0) issue("product_id", "placement=cart needs the cart's product ids")
    if ((query.placement === "home" || query.placement === "account") && count > 0) issue("product_id", `placement=${query.placement} takes no product_id`)
    // Product and cart rows are the same for every shopper (cacheable): a visitor id there is a mistake.
    if ((query.placement === "product" || query.placement === "cart") && query.anonymous_id) issue("anonymous_id", `placement=${query.placement} is the same for every shopper: no anonymous_id`)
  })
export type RecommendationQuery = z.output<typeof RecommendationQuery>

/** Only what a storefront may report: purchases come from placed orders, never from the browser. */
export const SignalBatch = z.strictObject({
  consent: z.boolean(),
  anonymous_id: anonymousId.optional(),
  signals: z
    .array(z.strictObject({ type: z.enum(["view", "add_to_cart"]), product_id: productId }))
    .min(1)
    .max(50),
})
export type SignalBatch = z.output<typeof SignalBatch>

/** A visitor's cookie id, handed over by the storefront right after sign-in. */
export const VisitorMerge = z.strictObject({ anonymous_id: anonymousId })
