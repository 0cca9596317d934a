import { describe, expect, it } from "vitest";
import { readReceiveForm, readReturnRequestForm } from "./return-forms";
import type { ReturnableItem, StoreReturn } from "./return-types";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

const candle: ReturnableItem = {
  id: "ordli_candle", title: "Zinc candle holder", variant_title: null, thumbnail: null,
  purchased_quantity: 2, already_returned_quantity: 0, returnable_quantity: 2, why_not: [],
};
const giftTag: ReturnableItem = { ...candle, id: "ordli_tag", title: "Gift tag", returnable_quantity: 0, why_not: [{ code: "non_returnable_product", message: "No." }] };

describe("readReturnRequestForm", () => {
  it("sends the chosen items with their reasons and the store to drop them at", () => {
    const fields = { qty_ordli_candle: "1", reason_ordli_candle: "not_as_pictured", note_ordli_candle: " darker ", method: "drop_at_store", location_id: "sloc_lyon" };
    expect(readReturnRequestForm(form(fields), "order_1", [candle, giftTag])).toEqual({
      order_id: "order_1",
      method: "drop_at_store",
      location_id: "sloc_lyon",
      items: [{ id: "ordli_candle", quantity: 1, reason_code: "not_as_pictured", note: "darker" }],
    });
  });

  it("needs no store for a parcel", () => {
    const fields = { qty_ordli_candle: "2", reason_ordli_candle: "other", method: "mail" };
    expect(readReturnRequestForm(form(fields), "order_1", [candle])).toEqual({
      order_id: "order_1", method: "mail", items: [{ id: "ordli_candle", quantity: 2, reason_code: "other" }],
    });
  });

  it.each([
    ["no item", { method: "mail" }, "Choose at least one item to return."],
    ["more than returnable", { qty_ordli_candle: "3", reason_ordli_candle: "other", method: "mail" }, 'Choose between 0 and 2 for "Zinc candle holder".'],
    ["a non-returnable item", { qty_ordli_tag: "1", reason_ordli_tag: "other", method: "mail" }, 'Choose between 0 and 0 for "Gift tag".'],
    ["no reason", { qty_ordli_candle: "1", method: "mail" }, 'Say why you are returning "Zinc candle holder".'],
    ["no store for a drop-off", { qty_ordli_candle: "1", reason_ordli_candle: "other", method: "drop_at_store" }, "Choose the store you will bring the items to."],
    ["no method", { qty_ordli_candle: "1", reason_ordli_candle: "other" }, "Choose how you will send the items back."],
  ])("refuses %s", (_, fields, error) => {
    expect(readReturnRequestForm(form(fields), "order_1", [candle, giftTag])).toEqual({ error });
  });
});

describe("readReceiveForm", () => {
  const line = { item_id: "ordli_candle", title: "Zinc candle holder", quantity: 2, received_quantity: 0 } as StoreReturn["items"][number];

  it("splits the count by condition and leaves out zeros", () => {
    expect(readReceiveForm(form({ resellable_ordli_candle: "1", damaged_ordli_candle: "1" }), [line])).toEqual([
      { id: "ordli_candle", quantity: 1, condition: "resellable" },
      { id: "ordli_candle", quantity: 1, condition: "damaged" },
    ]);
    expect(readReceiveForm(form({ resellable_ordli_candle: "2", damaged_ordli_candle: "0" }), [line])).toEqual([
      { id: "ordli_candle", quantity: 2, condition: "resellable" },
    ]);
  });

  it("exchanges a line for a listed variant instead of refunding it", () => {
    const offered = { ordli_candle: ["variant_sage"] };
    expect(readReceiveForm(form({ resellable_ordli_candle: "1", damaged_ordli_candle: "1", exchange_ordli_candle: "variant_sage" }), [line], offered)).toEqual([
      { id: "ordli_candle", quantity: 1, condition: "resellable", exchange_for_variant_id: "variant_sage" },
      { id: "ordli_candle", quantity: 1, condition: "damaged", exchange_for_variant_id: "variant_sage" },
    ]);
    expect(readReceiveForm(form({ resellable_ordli_candle: "1", exchange_ordli_candle: "" }), [line], offered)).toEqual([
      { id: "ordli_candle", quantity: 1, condition: "resellable" },
    ]);
    expect(readReceiveForm(form({ resellable_ordli_candle: "1", exchange_ordli_candle: "variant_other" }), [line], offered)).toEqual({
      error: 'Choose one of the listed items to exchange "Zinc candle holder" for.',
    });
  });

  it("refuses more than still expected, fractions, and nothing at all", () => {
    expect(readReceiveForm(form({ resellable_ordli_candle: "2", damaged_ordli_candle: "1" }), [line])).toEqual({ error: 'Only 2 unit(s) of "Zinc candle holder" are expected.' });
    expect(readReceiveForm(form({ resellable_ordli_candle: "1.5" }), [line])).toEqual({ error: 'Count whole units for "Zinc candle holder".' });
    expect(readReceiveForm(form({}), [line])).toEqual({ error: "Enter what the customer brought back." });
  });
});
