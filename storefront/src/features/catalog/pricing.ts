import type { HttpTypes } from "@medusajs/types";

export interface Price {
  amount: number;
  currencyCode: string;
  /** The price before a sale or price list, when the shopper pays less than it. */
  originalAmount?: number;
}

type PricedVariant = Pick<HttpTypes.StoreProductVariant, "calculated_price">;

/** The variant's price in the region the product was fetched for, if it has one there. */
export function variantPrice(variant: PricedVariant): Price | undefined {
  const calculated = variant.calculated_price;
  if (calculated?.calculated_amount == null || !calculated.currency_code) return undefined;
  const { calculated_amount: amount, original_amount: original } = calculated;
  return {
    amount,
    currencyCode: calculated.currency_code,
    ...(original != null && original > amount ? { originalAmount: original } : {}),
  };
}

export interface ProductPrice extends Price {
  /** True when variants cost different amounts, so the card says "From …". */
  variesByVariant: boolean;
}

export function cheapestPrice(product: Pick<HttpTypes.StoreProduct, "variants">): ProductPrice | undefined {
  const prices = (product.variants ?? []).flatMap((variant) => variantPrice(variant) ?? []);
  if (prices.length === 0) return undefined;
  const cheapest = prices.reduce((min, price) => (price.amount < min.amount ? price : min));
  return { ...cheapest, variesByVariant: prices.some((price) => price.amount !== cheapest.amount) };
}
