import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { checkPromoCodesStep } from "./steps/check-promo-codes"

/**
 * The cart as Medusa's promotion computation reads it (the promotion-related
 * part of core-flows' cartFieldsForRefreshSteps, which is not exported).
 */
export const CART_FIELDS_FOR_PROMOTIONS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "sales_channel_id",
  "customer_id",
  "subtotal",
  "item_total",
  "item_subtotal",
  "original_item_total",
  "shipping_subtotal",
  "total",
  "region.*",
  "items.*",
  "items.product.id",
  "items.product.is_giftcard",
  "items.product.collection_id",
  "items.product.categories.id",
  "items.product.tags.id",
  "items.product.type_id",
  "items.variant.id",
  "items.variant.product.id",
  "items.adjustments.*",
  "shipping_address.*",
  "shipping_methods.*",
  "shipping_methods.adjustments.*",
  "shipping_methods.shipping_option.shipping_option_type_id",
  "customer.*",
  "customer.groups.*",
]

export type ValidateCartPromoCodesInput = { cart_id: string; promo_codes: string[] }

export const validateCartPromoCodesWorkflowId = "validate-cart-promo-codes"

/** Fails with the reason when a promo code cannot be applied to the cart; changes nothing. */
export const validateCartPromoCodesWorkflow = createWorkflow(
  validateCartPromoCodesWorkflowId,
  (input: ValidateCartPromoCodesInput) => {
    const { data: cart } = useQueryGraphStep({
      entity: "cart",
      fields: CART_FIELDS_FOR_PROMOTIONS,
      filters: { id: input.cart_id },
      options: { isList: false, throwIfKeyNotFound: true },
    })
    checkPromoCodesStep({ cart, promo_codes: input.promo_codes })
    return new WorkflowResponse(void 0)
  },
)
