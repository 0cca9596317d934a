import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { validateCartPromoCodesWorkflow } from "../../../workflows/validate-cart-promo-codes"

/**
 * Runs before Medusa's POST /store/carts/:id/promotions, which applies the
 * usable codes and silently drops expired, used-up or non-matching ones: the
 * shopper gets a 400 saying why instead, and the cart is left unchanged.
 */
export async function explainPromoCodes(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const promoCodes = (req.body as { promo_codes?: unknown } | undefined)?.promo_codes
  // Anything malformed is left to Medusa's own body validation.
  if (!Array.isArray(promoCodes) || promoCodes.length === 0 || !promoCodes.every((code) => typeof code === "string")) {
    return next()
  }
  await validateCartPromoCodesWorkflow(req.scope).run({ input: { cart_id: req.params.id, promo_codes: promoCodes } })
  next()
}
