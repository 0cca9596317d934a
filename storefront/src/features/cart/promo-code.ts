/**
 * Promo codes: what the shopper typed, and what became of it. Medusa silently drops a
 * code it cannot use (expired, not for these items…) unless the backend's
 * explain-promo-codes middleware answers 400 with the reason first, so success is judged
 * by whether the code ended up in `cart.promotions`.
 */
const MAX_CODE_LENGTH = 50;

export type PromoInput = { ok: true; code: string } | { ok: false; message: string };

export function readPromoInput(value: unknown): PromoInput {
  const code = typeof value === "string" ? value.trim() : "";
  if (!code) return { ok: false, message: "Enter a promo code." };
  if (code.length > MAX_CODE_LENGTH || /\s/.test(code)) {
    return { ok: false, message: "This code can't be used: promo codes are one word of up to 50 characters." };
  }
  return { ok: true, code };
}

/**
 * Codes are case-sensitive in Medusa and the shop prints them in capitals, so a code
 * typed in lower case is tried as typed, then in capitals.
 */
export function promoCodeSpellings(code: string): string[] {
  return [...new Set([code, code.toUpperCase()])];
}

type PromotionOnCart = { code?: string | null };

export type PromoOutcome = { kind: "applied"; code: string } | { kind: "rejected"; message: string };

/** The promotion with this code on the cart, whatever its capitalisation. */
export function findPromotion<P extends PromotionOnCart>(promotions: readonly P[] | null | undefined, code: string) {
  return (promotions ?? []).find((promotion) => promotion.code?.toLowerCase() === code.toLowerCase());
}

/** Why `code` was refused: the backend's reason when it gave one (a 4xx message). */
export function promoRefusal(code: string, backendMessage?: string): string {
  return `This code can't be used: ${backendMessage ?? `${code} is not valid for this cart.`}`;
}

/** `backendMessage`: the 4xx message Medusa answered with, when it refused the code. */
export function promoOutcome(
  code: string,
  promotionsAfter: readonly PromotionOnCart[] | null | undefined,
  backendMessage?: string,
): PromoOutcome {
  const applied = backendMessage ? undefined : findPromotion(promotionsAfter, code);
  if (applied?.code) return { kind: "applied", code: applied.code };
  return { kind: "rejected", message: promoRefusal(code, backendMessage) };
}
