/** Reading the cart's small forms: every value arrives as text and is checked here. */
import { textOf } from "../account/forms/form-values";

/** More than this in one line is a typo, not an order for a family shop. */
export const MAX_LINE_QUANTITY = 99;

export function parseQuantity(value: string, { allowZero = false } = {}): number | undefined {
  if (!/^\d{1,3}$/.test(value.trim())) return undefined;
  const quantity = Number(value);
  const min = allowZero ? 0 : 1;
  return quantity >= min && quantity <= MAX_LINE_QUANTITY ? quantity : undefined;
}

const QUANTITY_PROBLEM = `Enter a quantity from 1 to ${MAX_LINE_QUANTITY}.`;

export type Read<T> = { ok: true; values: T } | { ok: false; message: string };

export interface AddToCartValues {
  variantId: string;
  productId: string;
  quantity: number;
}

export function readAddToCartForm(form: FormData): Read<AddToCartValues> {
  const variantId = textOf(form, "variant_id");
  const productId = textOf(form, "product_id");
  if (!variantId || !productId) return { ok: false, message: "Choose a product to add." };
  const quantity = parseQuantity(textOf(form, "quantity") || "1");
  if (quantity === undefined) return { ok: false, message: QUANTITY_PROBLEM };
  return { ok: true, values: { variantId, productId, quantity } };
}

export interface LineQuantityValues {
  lineId: string;
  /** 0 removes the line. */
  quantity: number;
}

export function readLineQuantityForm(form: FormData): Read<LineQuantityValues> {
  const lineId = textOf(form, "line_id");
  if (!lineId) return { ok: false, message: "This item is no longer in your cart." };
  const quantity = parseQuantity(textOf(form, "quantity"), { allowZero: true });
  if (quantity === undefined) return { ok: false, message: `Enter a quantity from 0 (to remove it) to ${MAX_LINE_QUANTITY}.` };
  return { ok: true, values: { lineId, quantity } };
}
