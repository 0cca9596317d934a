import { z } from "@medusajs/framework/zod"
import { RETURN_REASON_CODES } from "../../../lib/return-reasons"

export const AdminUpdateReturnPolicy = z
  .object({
    window_days: z.number().int().min(0).max(365).optional(),
    non_returnable_tag: z.string().trim().min(1).max(64).optional(),
    non_returnable_product_ids: z.array(z.string().min(1)).max(1000).optional(),
    damaged_refund_reason_codes: z.array(z.enum(RETURN_REASON_CODES)).optional(),
  })
  .strict()

export type AdminUpdateReturnPolicyType = z.infer<typeof AdminUpdateReturnPolicy>
