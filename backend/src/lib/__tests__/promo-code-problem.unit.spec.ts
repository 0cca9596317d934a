import { promoCodeProblem } from "../promo-code-problem"

const now = new Date("2025-06-15T12:00:00Z")
const active = { code: "WELCOME10", status: "active", application_method: { currency_code: null } }
const problem = (promotion: Parameters<typeof promoCodeProblem>[1]) =>
  promoCodeProblem("CODE", promotion, { currencyCode: "eur", now })?.code ?? null

describe("promoCodeProblem", () => {
  it("has nothing against an active promotion without limits", () => {
    expect(problem(active)).toBeNull()
    expect(problem({ ...active, limit: 10, used: 9, campaign: { ends_at: "2025-06-16T00:00:00Z" } })).toBeNull()
  })

  it("names the reason a code cannot be used", () => {
    expect(problem(undefined)).toBe("promo_code_unknown")
    expect(problem({ ...active, status: "draft" })).toBe("promo_code_inactive")
    expect(problem({ ...active, campaign: { starts_at: "2025-07-01T00:00:00Z" } })).toBe("promo_code_not_started")
    expect(problem({ ...active, campaign: { ends_at: "2025-06-15T12:00:00Z" } })).toBe("promo_code_expired")
    expect(problem({ ...active, limit: 50, used: 50 })).toBe("promo_code_limit_reached")
    expect(problem({ ...active, campaign: { budget: { type: "usage", limit: 50, used: 50 } } })).toBe("promo_code_limit_reached")
    expect(problem({ ...active, campaign: { budget: { type: "spend", limit: 500, used: 499.5 } } })).toBeNull()
    expect(problem({ ...active, application_method: { currency_code: "gbp" } })).toBe("promo_code_wrong_currency")
  })

  it("tells the shopper in words, with the day a campaign ended", () => {
    const expired = promoCodeProblem("SUMMER23", { ...active, campaign: { ends_at: "2023-08-31T22:00:00Z" } }, { currencyCode: "eur", now })
    expect(expired?.message).toBe("SUMMER23 expired on 2023-08-31.")
  })
})
