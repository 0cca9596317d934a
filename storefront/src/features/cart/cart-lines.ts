/** Cart lines as the cart page shows them: formatted prices and a word on stock. */
import type { HttpTypes } from "@medusajs/types";
import { formatMoney } from "../../lib/money";
import { stockStatus } from "../catalog/stock-status";
import { availableQuantity, quantityProblem, type StockedVariant } from "./stock-check";

export interface CartLineView {
  id: string;
  title: string;
  variantTitle?: string;
  href?: string;
  thumbnail?: string;
  quantity: number;
  maxQuantity?: number;
  unitPrice: string;
  /** The price before a sale, when the variant is on sale. */
  compareAtUnitPrice?: string;
  total: string;
  /** The line before promotions, when one lowered it. */
  originalTotal?: string;
  /** "Only 2 left": a warning when the line asks for more than is left. */
  stockNote?: { kind: "warning" | "info"; text: string };
}

function stockNote(variant: StockedVariant | undefined, quantity: number): CartLineView["stockNote"] {
  if (!variant) return undefined;
  const problem = quantityProblem(variant, quantity);
  if (problem) return { kind: "warning", text: `${problem}. Please lower the quantity to order.` };
  const status = stockStatus(variant);
  return status.level === "low-stock" ? { kind: "info", text: status.label } : undefined;
}

/** What cart lines and order lines share: the page shows either (order lines say null where cart lines leave a field out). */
type Line = OrNull<Pick<
  HttpTypes.StoreCartLineItem,
  | "id"
  | "title"
  | "product_title"
  | "product_handle"
  | "variant_id"
  | "variant_title"
  | "thumbnail"
  | "quantity"
  | "unit_price"
  | "compare_at_unit_price"
  | "total"
  | "original_total"
  | "created_at"
>>;
type OrNull<T> = { [Key in keyof T]: undefined extends T[Key] ? T[Key] | null : T[Key] };

/** Single-variant products are titled "Default variant" by Medusa: not worth showing. */
function shownVariantTitle(item: Line): string | undefined {
  const title = item.variant_title;
  return title && !/^default/i.test(title) && title !== item.product_title ? title : undefined;
}

/** `stockByVariant` may be empty, for lines whose stock no longer matters (an order's). */
export function cartLineViews(
  cart: { items?: readonly Line[] | null; currency_code: string },
  stockByVariant: ReadonlyMap<string, StockedVariant> = new Map(),
): CartLineView[] {
  const money = (amount: number) => formatMoney(amount, cart.currency_code);
  return [...(cart.items ?? [])]
    .sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")))
    .map((item) => {
      const variant = item.variant_id ? stockByVariant.get(item.variant_id) : undefined;
      const maxQuantity = variant ? availableQuantity(variant) : undefined;
      const note = stockNote(variant, item.quantity);
      const variantTitle = shownVariantTitle(item);
      const compareAt = item.compare_at_unit_price;
      // CART_FIELDS asks for line totals, so Medusa always sends them.
      const total = item.total ?? 0;
      const originalTotal = item.original_total;
      return {
        id: item.id,
        title: item.product_title ?? item.title,
        quantity: item.quantity,
        unitPrice: money(item.unit_price),
        total: money(total),
        ...(variantTitle ? { variantTitle } : {}),
        ...(item.product_handle ? { href: `/products/${item.product_handle}?variant=${item.variant_id ?? ""}` } : {}),
        ...(item.thumbnail ? { thumbnail: item.thumbnail } : {}),
        ...(maxQuantity === undefined ? {} : { maxQuantity }),
        ...(compareAt != null && compareAt > item.unit_price ? { compareAtUnitPrice: money(compareAt) } : {}),
        ...(originalTotal != null && originalTotal > total ? { originalTotal: money(originalTotal) } : {}),
        ...(note ? { stockNote: note } : {}),
      };
    });
}
