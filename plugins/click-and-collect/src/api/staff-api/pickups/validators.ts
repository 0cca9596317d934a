import { z } from "@medusajs/framework/zod"
import { PICKUP_STATUSES } from "../../../modules/pickup/statuses"

const commaList = <T extends z.ZodTypeAny>(item: T) =>
  z.preprocess((value) => (typeof value === "string" ? value.split(",").filter(Boolean) : value), z.array(item))

export const AdminListPickups = z
  .object({
    /** One or more statuses; the active ones (received, preparing, ready) by default. */
    status: commaList(z.enum(PICKUP_STATUSES)).optional(),
    location_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListPickupsType = z.infer<typeof AdminListPickups>

export const AdminPickupAction = z.object({}).strict()

export const AdminRejectPickup = z
  .object({ reason: z.string().trim().min(3, "Say why the store cannot serve the order.").max(500) })
  .strict()
export type AdminRejectPickupType = z.infer<typeof AdminRejectPickup>

/** Lines the store cannot supply, and how many of each are missing. */
export const AdminShortPickPickup = z
  .object({
    items: z
      .array(z.object({ item_id: z.string().min(1), missing_quantity: z.number().int().min(1) }).strict())
      .min(1, "Say which items are missing."),
    reason: z.string().trim().min(3, "Say why the items are missing.").max(500),
  })
  .strict()
export type AdminShortPickPickupType = z.infer<typeof AdminShortPickPickup>

const note = z.string().trim().max(500).optional()

export const AdminHandOverPickup = z.union([
  z.object({ code: z.string().trim().min(4).max(16), note }).strict(),
  z
    .object({
      order_number: z.coerce.number().int().positive(),
      last_name: z.string().trim().min(1).max(100),
      note: z.string().trim().min(3, "Say why the collector had no code.").max(500),
    })
    .strict(),
])
export type AdminHandOverPickupType = z.infer<typeof AdminHandOverPickup>

/** Money taken at the till for an unpaid order: card terminal (exactly what is due) or cash (change given back). */
export const AdminCounterPayment = z
  .object({
    method: z.enum(["card", "cash"], { message: "Method must be card or cash." }),
    amount: z.union([z.number(), z.string().trim().regex(/^\d+(\.\d+)?$/, "Amount must be a decimal number like 20 or 12.50.")])
      .refine((value) => Number(value) > 0, "Amount must be more than 0."),
  })
  .strict()
export type AdminCounterPaymentType = z.infer<typeof AdminCounterPayment>
