import { z } from "@medusajs/framework/zod"
import { PLACEMENTS } from "../engine/placements"

const productId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a product id")
/** `product_id=a&product_id=b` or `product_id=a,b`. */
const productIds = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(",")).map((id) => id.trim()).filter(Boolean))
  .pipe(z.array(productId).max(50, "at most 50 products"))

export const RecommendationQuery = z
  .strictObject({
    placement: z.enum(PLACEMENTS),
    product_id: productIds.optional(),
    limit: z.coerce.number().int().min(1).max(12).default(8),
  })
  .superRefine((query, context) => {
    const count = query.product_id?.length ?? 0
    if (query.placement === "product" && count !== 1) context.addIssue({ code: "custom", path: ["product_id"], message: "placement=product needs exactly one product_id" })
    if (query.placement === "cart" && count === 0) context.addIssue({ code: "custom", path: ["product_id"], message: "placement=cart needs the cart's product ids" })
    if ((query.placement === "home" || query.placement === "account") && count > 0) context.addIssue({ code: "custom", path: ["product_id"], message: `placement=${query.placement} takes no product_id` })
  })
export type RecommendationQuery = z.output<typeof RecommendationQuery>

/** Only what a storefront may report: purchases come from placed orders, never from the browser. */
export const SignalBatch = z.strictObject({
  consent: z.boolean(),
  anonymous_id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8–64 letters, digits, - or _").optional(),
  signals: z
    .array(z.strictObject({ type: z.enum(["view", "add_to_cart"]), product_id: productId }))
    .min(1)
    .max(50),
})
export type SignalBatch = z.output<typeof SignalBatch>
