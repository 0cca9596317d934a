import { z } from "@medusajs/framework/zod"

export const AdminSetPromotionCustomerLimits = z
  .object({
    /** Each customer (by account and by e-mail) may use the code once. */
    once_per_customer: z.boolean(),
    /** Only a customer with no earlier order (by account or e-mail) may use the code. */
    first_order_only: z.boolean(),
  })
  .strict()
export type AdminSetPromotionCustomerLimitsType = z.infer<typeof AdminSetPromotionCustomerLimits>
