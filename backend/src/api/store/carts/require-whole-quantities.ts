import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

type QuantityBody = { quantity?: unknown; items?: { quantity?: unknown }[] }

/**
 * Medusa's validators accept any positive number, so a cart could hold 1.5
 * candle holders. The shop sells whole items: refuse fractions with a 400.
 * Other malformed input is left to Medusa's own validation.
 */
export function requireWholeQuantities(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as QuantityBody
  const itemQuantities = Array.isArray(body.items) ? body.items.map((item) => item?.quantity) : []
  const fractional = [body.quantity, ...itemQuantities].some((quantity) => typeof quantity === "number" && !Number.isInteger(quantity))
  if (fractional) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Quantities must be whole numbers.")
  }
  next()
}
