import { updateCartPromotionsWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, PromotionActions } from "@medusajs/framework/utils"
import { addCartCompletionCheck } from "@fairmade/shop-core/lib/cart-completion-checks"
import { assertCustomerLimits, promotionsOfCodes } from "../../lib/check-customer-limits"

// Adding a code (POST /store/carts/:id/promotions): refused with its reason when the cart's customer
// (account or e-mail) used up a once-per-customer or first-order-only limit. The cart's own
// refreshes (REPLACE, on every item or e-mail change) are left alone: completion checks again.
updateCartPromotionsWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const action = (input as { action?: string }).action ?? PromotionActions.ADD
  if (action !== PromotionActions.ADD) return
  const codes = ((input as { promo_codes?: string[] }).promo_codes ?? []).filter((code) => typeof code === "string")
  const { customer_id, email } = cart as { customer_id?: string | null; email?: string | null }
  await assertCustomerLimits(container, { customer_id, email }, await promotionsOfCodes(container, codes))
})

// Completing: the e-mail or account may have changed since the code was added (a guest who
// gives a returning customer's e-mail at checkout), so the limits are checked again.
// Medusa allows one validate handler on completion: shop-core's runs this check with the others'.
addCartCompletionCheck("promotion-customer-limits", async ({ cart }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "customer_id", "email", "order.id", "promotions.id", "promotions.code", "promotions.metadata"],
    filters: { id: (cart as { id: string }).id },
  })
  const current = data[0] as { customer_id?: string | null; email?: string | null; order?: { id: string } | null; promotions?: { id: string; code: string | null; metadata?: Record<string, unknown> | null }[] } | undefined
  if (!current?.promotions?.length) return
  await assertCustomerLimits(container, { customer_id: current.customer_id, email: current.email, except_order_id: current.order?.id }, current.promotions)
})
