import { z } from "@medusajs/framework/zod"
import { ReturnItemSchema } from "../../store/return-requests/validators"

/** A walk-in return booked at the counter, at the staff member's store. */
export const AdminCreateStoreReturn = z
  .object({
    order_id: z.string().min(1),
    location_id: z.string().min(1).optional(),
    items: z.array(ReturnItemSchema).min(1).max(100),
  })
  .strict()

export const AdminReceiveStoreReturn = z
  .object({
    items: z
      .array(
        z
          .object({
            id: z.string().min(1),
            quantity: z.number().int().positive(),
            condition: z.enum(["resellable", "damaged"]),
            // Hand this variant (same product, this store's stock) over instead of refunding the units.
            exchange_for_variant_id: z.string().min(1).max(100).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(100),
  })
  .strict()

export const AdminLookupStoreReturn = z.union([
  z.object({ code: z.string().trim().min(6).max(20) }).strict(),
  z.object({ order_display_id: z.number().int().positive(), email: z.string().trim().email() }).strict(),
])

export type AdminCreateStoreReturnType = z.infer<typeof AdminCreateStoreReturn>
export type AdminReceiveStoreReturnType = z.infer<typeof AdminReceiveStoreReturn>
export type AdminLookupStoreReturnType = z.infer<typeof AdminLookupStoreReturn>

/** GET /staff-api/store-returns: the returns expected at the staff member's counter. */
export const StaffListExpectedReturns = z
  .object({
    location_id: z.string().optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict()
export type StaffListExpectedReturnsType = z.infer<typeof StaffListExpectedReturns>
