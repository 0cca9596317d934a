import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { checkAcceptedTerms } from "../lib/documents"
import { SHOP_CONTENT_MODULE } from "../modules/shop-content"
import type ShopContentModuleService from "../modules/shop-content/service"

/**
 * POST /store/carts/:id/complete: once terms of sale are published, the cart must carry
 * the version in force in metadata.terms_version (Medusa copies the cart's metadata to
 * the order, so the order records it). A missing or outdated version answers 400 and
 * no order is made. A cart already completed passes: the retry finds its order.
 */
export async function requireAcceptedTerms(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const content: ShopContentModuleService = req.scope.resolve(SHOP_CONTENT_MODULE)
  const current = await content.retrievePublished("terms")
  if (!current) return next()
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = await query.graph({ entity: "cart", fields: ["id", "metadata", "completed_at"], filters: { id: req.params.id } })
  const cart = carts[0] as { metadata?: Record<string, unknown> | null; completed_at?: unknown } | undefined
  // Medusa answers an unknown cart itself; a completed one answers with its order.
  if (!cart || cart.completed_at) return next()
  const check = checkAcceptedTerms(current, cart.metadata)
  if (check.ok) return next()
  res.status(400).json({ type: "invalid_data", code: "terms_not_accepted", message: check.message, terms_version: current.version })
}
