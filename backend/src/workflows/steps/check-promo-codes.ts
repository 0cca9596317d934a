import { ComputedActions, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { notApplicable, promoCodeProblem } from "../../lib/promo-code-problem"

export type CheckPromoCodesStepInput = {
  /** The cart with the fields of CART_FIELDS_FOR_PROMOTIONS. */
  cart: Record<string, any> & { currency_code: string }
  promo_codes: string[]
}

const ADJUSTMENTS = new Set<string>([ComputedActions.ADD_ITEM_ADJUSTMENT, ComputedActions.ADD_SHIPPING_METHOD_ADJUSTMENT])

export const checkPromoCodesStepId = "check-promo-codes"

/**
 * Read-only, so nothing to compensate. Throws a 400 naming the reason the
 * first unusable code cannot be applied; the error's `code` says which.
 */
export const checkPromoCodesStep = createStep(
  checkPromoCodesStepId,
  async ({ cart, promo_codes }: CheckPromoCodesStepInput, { container }) => {
    const promotionModule = container.resolve(Modules.PROMOTION)
    const promotions = await promotionModule.listPromotions(
      { code: promo_codes },
      { relations: ["campaign", "campaign.budget", "application_method"] },
    )
    const byCode = new Map(promotions.map((promotion) => [promotion.code, promotion]))
    for (const code of promo_codes) {
      const problem = promoCodeProblem(code, byCode.get(code), { currencyCode: cart.currency_code })
      if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message, problem.code)
    }
    // A dry run of Medusa's own computation: a code that yields no adjustment
    // (its rules do not match this cart) would be dropped without a word.
    const actions = await promotionModule.computeActions(promo_codes, cart as any, { prevent_auto_promotions: true })
    const adjusted = new Set(actions.filter((action) => ADJUSTMENTS.has(action.action)).map((action) => action.code))
    const unused = promo_codes.find((code) => !adjusted.has(code))
    if (unused) {
      const problem = notApplicable(unused)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problem.message, problem.code)
    }
    return new StepResponse(void 0)
  },
)
