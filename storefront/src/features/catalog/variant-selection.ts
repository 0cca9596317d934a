/**
 * Choosing a variant from option values (e.g. Colour: Red). Works on a small,
 * serialisable shape so the same code runs on the server and in the picker island.
 */
import type { HttpTypes } from "@medusajs/types";

/** Option id → chosen value. */
export type OptionSelection = Record<string, string>;

export interface SelectableVariant {
  id: string;
  options: OptionSelection;
}

export function optionSelectionOf(variant: Pick<HttpTypes.StoreProductVariant, "options">): OptionSelection {
  const selection: OptionSelection = {};
  for (const optionValue of variant.options ?? []) {
    if (optionValue.option_id) selection[optionValue.option_id] = optionValue.value;
  }
  return selection;
}

function matches(variant: SelectableVariant, selection: OptionSelection): boolean {
  return Object.entries(selection).every(([optionId, value]) => variant.options[optionId] === value);
}

export function findVariant<V extends SelectableVariant>(
  variants: readonly V[],
  selection: OptionSelection,
): V | undefined {
  return variants.find((variant) => matches(variant, selection));
}

/**
 * The variant to show when the shopper picks `value` for `optionId`: the one that keeps
 * their other choices if it exists, otherwise any variant with that value, so a click
 * never leads nowhere.
 */
export function variantForChoice<V extends SelectableVariant>(
  variants: readonly V[],
  current: OptionSelection,
  optionId: string,
  value: string,
): V | undefined {
  return findVariant(variants, { ...current, [optionId]: value }) ?? findVariant(variants, { [optionId]: value });
}

/** The variant named in `?variant=`, or the first one when that is missing or unknown. */
export function initialVariant<V extends { id: string }>(
  variants: readonly V[],
  requestedId: string | null | undefined,
): V | undefined {
  return variants.find((variant) => variant.id === requestedId) ?? variants[0];
}
