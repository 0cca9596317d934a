/** Builders for Store API shapes used by the catalogue's unit tests. */
import type { HttpTypes } from "@medusajs/types";

type VariantOverrides = Partial<Omit<HttpTypes.StoreProductVariant, "options">> & {
  price?: number;
  currency?: string;
  /** Option id → value, e.g. { opt_colour: "Red" }. */
  optionValues?: Record<string, string>;
};

export function makeVariant(id: string, overrides: VariantOverrides = {}): HttpTypes.StoreProductVariant {
  const { price, currency = "eur", optionValues = {}, ...rest } = overrides;
  return {
    id,
    title: id,
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: 10,
    options: Object.entries(optionValues).map(([optionId, value]) => ({
      id: `${id}_${optionId}`,
      value,
      option_id: optionId,
    })),
    ...(price === undefined
      ? {}
      : {
          calculated_price: {
            id: `price_${id}`,
            calculated_amount: price,
            original_amount: price,
            original_amount_with_tax: null,
            original_amount_without_tax: null,
            currency_code: currency,
          },
        }),
    ...rest,
  } as HttpTypes.StoreProductVariant;
}

export function makeProduct(
  id: string,
  variants: HttpTypes.StoreProductVariant[],
  overrides: Partial<HttpTypes.StoreProduct> = {},
): HttpTypes.StoreProduct {
  return {
    id,
    title: id,
    handle: id,
    variants,
    options: [],
    images: [],
    ...overrides,
  } as HttpTypes.StoreProduct;
}
