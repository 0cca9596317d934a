import { z } from "@medusajs/framework/zod"

const ids = z.preprocess(
  (value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value),
  z.array(z.string().min(1).max(100)).min(1).max(50),
)

/** Either the variants shown on a product page (one unit each) or a whole cart. */
export const StorePickupAvailability = z
  .object({ variant_ids: ids.optional(), cart_id: z.string().min(1).max(100).optional() })
  .strict()
  .refine((query) => !!query.variant_ids !== !!query.cart_id, { message: "Pass either variant_ids or cart_id." })
export type StorePickupAvailabilityType = z.infer<typeof StorePickupAvailability>
