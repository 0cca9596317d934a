import { z } from "@medusajs/framework/zod"

const quantity = (min: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
    z
      .number({ message: "Quantity must be a whole number." })
      .int("Quantity must be a whole number.")
      .min(min, min ? "Quantity must be at least 1." : "Quantity cannot be negative.")
      .max(999, "Quantity must be at most 999."),
  )

export const StaffCounterProducts = z
  .object({
    q: z.string().trim().min(1, "Type a name, SKU or barcode.").max(100),
    location_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict()
export type StaffCounterProductsType = z.infer<typeof StaffCounterProducts>

export const StaffOpenCounterSale = z.object({ location_id: z.string().min(1).optional() }).strict()
export type StaffOpenCounterSaleType = z.infer<typeof StaffOpenCounterSale>

export const StaffAddCounterLine = z
  .object({
    variant_id: z.string().trim().min(1).optional(),
    /** A scanned or typed SKU or barcode. */
    code: z.string().trim().min(1).max(100).optional(),
    quantity: quantity(1).default(1),
  })
  .strict()
  .refine((body) => !!body.variant_id !== !!body.code, { message: "Give either variant_id or code (SKU or barcode), not both." })
export type StaffAddCounterLineType = z.infer<typeof StaffAddCounterLine>

/** 0 takes the line off the basket. */
export const StaffUpdateCounterLine = z.object({ quantity: quantity(0) }).strict()
export type StaffUpdateCounterLineType = z.infer<typeof StaffUpdateCounterLine>

export const StaffCounterPromotion = z
  .object({ code: z.string().trim().min(1, "Type the promo code.").max(100), action: z.enum(["add", "remove"]).default("add") })
  .strict()
export type StaffCounterPromotionType = z.infer<typeof StaffCounterPromotion>

export const StaffCounterCustomer = z
  .object({
    email: z.string().trim().email("Type the customer's e-mail address."),
    first_name: z.string().trim().max(100).optional(),
    last_name: z.string().trim().max(100).optional(),
  })
  .strict()
export type StaffCounterCustomerType = z.infer<typeof StaffCounterCustomer>

/** Money taken at the till: card terminal (exactly the total) or cash (change given back). */
export const StaffCompleteCounterSale = z
  .object({
    method: z.enum(["card", "cash"], { message: "Method must be card or cash." }),
    amount: z
      .union([z.number(), z.string().trim().regex(/^\d+(\.\d+)?$/, "Amount must be a decimal number like 20 or 12.50.")])
      .refine((value) => Number(value) >= 0, "Amount cannot be negative."),
  })
  .strict()
export type StaffCompleteCounterSaleType = z.infer<typeof StaffCompleteCounterSale>
