import { z } from "@medusajs/framework/zod"
import { RETURN_REASON_CODES } from "../../../lib/return-reasons"

export const ReturnItemSchema = z
  .object({
    id: z.string().min(1),
    quantity: z.number().int().positive(),
    reason_code: z.enum(RETURN_REASON_CODES),
    note: z.string().max(500).optional(),
  })
  .strict()

const items = z.array(ReturnItemSchema).min(1).max(100)

/** A shopper's return: drop it at one of the stores, or post it to the warehouse. */
export const StoreCreateReturnRequest = z.discriminatedUnion("method", [
  z.object({ order_id: z.string().min(1), items, method: z.literal("drop_at_store"), location_id: z.string().min(1) }).strict(),
  z.object({ order_id: z.string().min(1), items, method: z.literal("mail") }).strict(),
])

export type StoreCreateReturnRequestType = z.infer<typeof StoreCreateReturnRequest>
