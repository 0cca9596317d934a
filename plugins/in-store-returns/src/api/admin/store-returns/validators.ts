import { z } from "@medusajs/framework/zod"

/** The back office list of every store's returns (admin page "Store returns"). */
export const AdminListStoreReturns = z
  .object({
    location_id: z.string().optional(),
    status: z.enum(["requested", "receiving", "received", "refund_pending", "refund_failed", "refunded", "no_refund_due"]).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()

export type AdminListStoreReturnsType = z.infer<typeof AdminListStoreReturns>
