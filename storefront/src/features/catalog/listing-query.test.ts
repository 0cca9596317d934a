import { describe, expect, it } from "vitest";
import { listingHref, MAX_PAGE, parseListingQuery, parsePage } from "./listing-query";

describe("parsePage", () => {
  it("reads positive integers", () => {
    expect(parsePage("1")).toBe(1);
    expect(parsePage("7")).toBe(7);
  });

  it.each([null, undefined, "", "0", "-2", "1.5", "abc", "2abc", " 3", "1e3"])(
    "falls back to page 1 for %j",
    (raw) => {
      expect(parsePage(raw)).toBe(1);
    },
  );

  it("caps huge numbers just past the last allowed page", () => {
    expect(parsePage("99999999999999999999")).toBe(MAX_PAGE + 1);
    expect(parsePage(String(MAX_PAGE))).toBe(MAX_PAGE);
  });
});

describe("parseListingQuery", () => {
  it("reads page and sort together", () => {
    expect(parseListingQuery(new URLSearchParams("page=3&sort=price_desc"))).toEqual({
      page: 3,
      sort: "price_desc",
    });
  });

  it("uses the defaults for missing or bad values", () => {
    expect(parseListingQuery(new URLSearchParams("page=x&sort=cheapest"))).toEqual({
      page: 1,
      sort: "newest",
    });
  });
});

describe("listingHref", () => {
  it("leaves the defaults out of the URL", () => {
    expect(listingHref("/products", { page: 1, sort: "newest" })).toBe("/products");
  });

  it("keeps the sort when linking to another page", () => {
    expect(listingHref("/categories/candles", { page: 2, sort: "price_asc" })).toBe(
      "/categories/candles?sort=price_asc&page=2",
    );
  });
});
