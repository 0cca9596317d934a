import { describe, expect, it } from "vitest";
import { backendOrder, DEFAULT_SORT, isPriceSort, parseSort, sortByPrice } from "./sorting";
import { makeProduct, makeVariant } from "./test-fixtures";

describe("parseSort", () => {
  it.each(["newest", "price_asc", "price_desc", "title"] as const)("accepts %s", (sort) => {
    expect(parseSort(sort)).toBe(sort);
  });

  it.each([null, undefined, "", "PRICE_ASC", "price", "-created_at", "title;drop"])(
    "falls back to the default for %j",
    (raw) => {
      expect(parseSort(raw)).toBe(DEFAULT_SORT);
    },
  );
});

describe("backendOrder and isPriceSort", () => {
  it("maps the sorts the Store API can do itself", () => {
    expect(backendOrder("newest")).toBe("-created_at");
    expect(backendOrder("title")).toBe("title");
  });

  it("recognises the price sorts", () => {
    expect(isPriceSort("price_asc")).toBe(true);
    expect(isPriceSort("price_desc")).toBe(true);
    expect(isPriceSort("title")).toBe(false);
  });
});

describe("sortByPrice", () => {
  const cheap = makeProduct("cheap", [makeVariant("c", { price: 2.5 })]);
  const dear = makeProduct("dear", [makeVariant("d", { price: 30 })]);
  const fromFour = makeProduct("from-four", [makeVariant("x", { price: 40 }), makeVariant("y", { price: 4 })]);
  const unpriced = makeProduct("unpriced", [makeVariant("u")]);
  const ids = (products: { id: string }[]) => products.map((product) => product.id);

  it("orders by the cheapest variant, low to high", () => {
    expect(ids(sortByPrice([dear, unpriced, fromFour, cheap], "price_asc"))).toEqual([
      "cheap",
      "from-four",
      "dear",
      "unpriced",
    ]);
  });

  it("orders high to low and still puts unpriced products last", () => {
    expect(ids(sortByPrice([unpriced, cheap, dear, fromFour], "price_desc"))).toEqual([
      "dear",
      "from-four",
      "cheap",
      "unpriced",
    ]);
  });

  it("keeps the incoming order for equal prices", () => {
    const twin = makeProduct("twin", [makeVariant("t", { price: 2.5 })]);
    expect(ids(sortByPrice([twin, cheap], "price_asc"))).toEqual(["twin", "cheap"]);
  });

  it("does not modify its input", () => {
    const input = [dear, cheap];
    sortByPrice(input, "price_asc");
    expect(ids(input)).toEqual(["dear", "cheap"]);
  });
});
