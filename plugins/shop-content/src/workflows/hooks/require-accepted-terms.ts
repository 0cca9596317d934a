import { MedusaError } from "@medusajs/framework/utils"
import { addCartCompletionCheck } from "@fairmade/shop-core/lib/cart-completion-checks"
import { checkAcceptedTerms } from "../../lib/documents"
import { SHOP_CONTENT_MODULE } from "../../modules/shop-content"
import type ShopContentModuleService from "../../modules/shop-content/service"

/**
 * Cart completion, whoever asks for it (the storefront, the Store API, a payment webhook):
 * once terms of sale are published, the cart must carry the version in force in
 * metadata.terms_version. Medusa copies the cart's metadata to the order, so the order
 * records the version accepted. A missing or outdated version stops the workflow before
 * the order and the payment (400, nothing written). A cart already completed is let
 * through: a retry answers with its order. A sale at a store's counter (store-sales) is
 * not a distance sale: the online terms and their right of withdrawal do not apply.
 * Run by shop-core's one validate hook on completion (Medusa allows one handler).
 */
addCartCompletionCheck("accepted-terms", async ({ cart }, { container }) => {
  const completed = cart as { completed_at?: unknown; metadata?: Record<string, unknown> | null }
  if (completed.completed_at) return
  if (completed.metadata?.counter_sale === true) return
  const content: ShopContentModuleService = container.resolve(SHOP_CONTENT_MODULE)
  const check = checkAcceptedTerms(await content.retrievePublished("terms"), completed.metadata)
  if (!check.ok) throw new MedusaError(MedusaError.Types.INVALID_DATA, check.message)
})
