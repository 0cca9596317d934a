/**
 * Turns a Store API product into the small, serialisable props of the variant picker:
 * prices are formatted and stock is worded on the server, so the island ships no
 * catalogue logic beyond choosing a variant.
 */
import type { HttpTypes } from "@medusajs/types";
import { formatMoney } from "../../lib/money";
import { availableQuantity } from "../cart/stock-check";
import { variantPrice } from "./pricing";
import { stockStatus, type StockStatus } from "./stock-status";
import { optionSelectionOf, type SelectableVariant } from "./variant-selection";

export interface PickerOption {
  id: string;
  title: string;
  values: string[];
}

export interface PickerVariant extends SelectableVariant {
  title: string;
  price?: string;
  originalPrice?: string;
  stock: StockStatus;
  /** The most that can be added to the cart; absent when stock does not limit it. */
  maxQuantity?: number;
  /** The variant's own picture (a colour's), from its metadata; shown first in the gallery when chosen. */
  image?: string;
}

export function pickerOptions(product: Pick<HttpTypes.StoreProduct, "options">): PickerOption[] {
  return (product.options ?? []).map((option) => {
    const values = [...(option.values ?? [])].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
    return { id: option.id, title: option.title, values: [...new Set(values.map((value) => value.value))] };
  });
}

export function pickerVariant(variant: HttpTypes.StoreProductVariant): PickerVariant {
  const price = variantPrice(variant);
  const maxQuantity = availableQuantity(variant);
  const image = typeof variant.metadata?.image === "string" ? variant.metadata.image : undefined;
  return {
    id: variant.id,
    title: variant.title ?? "",
    options: optionSelectionOf(variant),
    stock: stockStatus(variant),
    ...(maxQuantity === undefined ? {} : { maxQuantity }),
    ...(price ? { price: formatMoney(price.amount, price.currencyCode) } : {}),
    ...(price?.originalAmount ? { originalPrice: formatMoney(price.originalAmount, price.currencyCode) } : {}),
    ...(image ? { image } : {}),
  };
}

/** Only worth an interactive picker when the shopper has something to choose. */
export function hasChoices(options: readonly PickerOption[]): boolean {
  return options.some((option) => option.values.length > 1);
}
