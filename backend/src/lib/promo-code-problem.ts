import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

/** What a shopper is told when a code cannot be used; `code` is for the storefront to branch on. */
export type PromoCodeProblem = { code: string; message: string }

/** The facts of a promotion that decide whether its code can be used at all. */
export type PromotionFacts = {
  code?: string | null
  status?: string | null
  limit?: number | null
  used?: number | null
  application_method?: { currency_code?: string | null } | null
  campaign?: {
    starts_at?: Date | string | null
    ends_at?: Date | string | null
    budget?: { type?: string | null; limit?: BigNumberInput | null; used?: BigNumberInput | null } | null
  } | null
}

const day = (date: Date | string) => new Date(date).toISOString().slice(0, 10)

/**
 * Why `code` cannot be used, judged from the promotion alone (existence,
 * status, campaign dates, usage limits, currency), or null. Medusa itself
 * rejects only unknown codes and silently ignores the rest.
 */
export function promoCodeProblem(
  code: string,
  promotion: PromotionFacts | undefined,
  { currencyCode, now = new Date() }: { currencyCode: string; now?: Date },
): PromoCodeProblem | null {
  if (!promotion) {
    return { code: "promo_code_unknown", message: `${code} is not a valid promo code.` }
  }
  if (promotion.status !== "active") {
    return { code: "promo_code_inactive", message: `${code} is not active.` }
  }
  const campaign = promotion.campaign
  if (campaign?.starts_at && new Date(campaign.starts_at) > now) {
    return { code: "promo_code_not_started", message: `${code} can be used from ${day(campaign.starts_at)}.` }
  }
  if (campaign?.ends_at && new Date(campaign.ends_at) <= now) {
    return { code: "promo_code_expired", message: `${code} expired on ${day(campaign.ends_at)}.` }
  }
  const budget = campaign?.budget
  const promotionUsedUp = typeof promotion.limit === "number" && (promotion.used ?? 0) >= promotion.limit
  const budgetUsedUp =
    (budget?.type === "usage" || budget?.type === "spend") &&
    budget.limit != null &&
    MathBN.gte(budget.used ?? 0, budget.limit)
  if (promotionUsedUp || budgetUsedUp) {
    return { code: "promo_code_limit_reached", message: `${code} has reached its usage limit.` }
  }
  const currency = promotion.application_method?.currency_code
  if (currency && currency.toLowerCase() !== currencyCode.toLowerCase()) {
    return { code: "promo_code_wrong_currency", message: `${code} is only valid for payments in ${currency.toUpperCase()}.` }
  }
  return null
}

export const notApplicable = (code: string): PromoCodeProblem => ({
  code: "promo_code_not_applicable",
  message: `${code} does not apply to your cart.`,
})
