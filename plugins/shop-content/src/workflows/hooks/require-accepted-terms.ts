import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { MedusaError } from "@medusajs/framework/utils"
import { checkAcceptedTerms } from "../../lib/documents"
import { SHOP_CONTENT_MODULE } from "../../modules/shop-content"
import type ShopContentModuleService from "../../modules/shop-content/service"

/**
 * Cart completion, whoever asks for it (the storefront, the Store API, a payment webhook):
 * once terms of sale are published, the cart must carry the version in force in
 * metadata.terms_version. Medusa copies the cart's metadata to the order, so the order
 * records the version accepted. A missing or outdated version stops the workflow before
 * the order and the payment (400, nothing written). A cart already completed is let
 * through: a retry answers with its order.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const completed = cart as { completed_at?: unknown; metadata?: Record<string, unknown> | null }
  if (completed.completed_at) return
  const content: ShopContentModuleService = container.resolve(SHOP_CONTENT_MODULE)
  const check = checkAcceptedTerms(await content.retrievePublished("terms"), completed.metadata)
  if (!check.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, check.message)
})
