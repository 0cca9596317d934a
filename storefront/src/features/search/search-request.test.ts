import { describe, expect, it } from "vitest";
import { readSearchRequest, searchHref, toStoreQuery, toggled } from "./search-request";

const read = (query: string) => readSearchRequest(new URL(`http://shop.test/search?${query}`));

describe("search request in the URL", () => {
  it("reads query, facets, sort and page", () => {
    const request = read("q=heart&category=pcat_1&colour=Red&colour=White&in_stock_at=sloc_9&price=10-20&sort=price_asc&page=2");
    expect(request).toEqual({
      q: "heart",
      page: 2,
      sort: "price_asc",
      categoryIds: ["pcat_1"],
      colours: ["Red", "White"],
      inStockAt: "sloc_9",
      priceRange: "10-20",
    });
  });

  it("drops what the backend would refuse instead of failing the page", () => {
    const request = read(`q=${"a".repeat(300)}&category=candles&in_stock_at=london&price=cheap&sort=best&page=-3`);
    expect(request.q).toHaveLength(200);
    expect(request).toMatchObject({ categoryIds: [], inStockAt: undefined, priceRange: undefined, sort: "relevance", page: 1 });
  });

  it("turns a price bucket into bounds in the region's currency", () => {
    expect(toStoreQuery(read("q=mug&price=10-20"), "eur")).toMatchObject({ currency: "eur", price_min: 10, price_max: 20 });
    expect(toStoreQuery(read("price=50-"), "gbp")).toMatchObject({ price_min: 50 });
    expect(toStoreQuery(read("price=50-"), "gbp")).not.toHaveProperty("price_max");
  });

  it("never asks for a price sort or filter without a currency", () => {
    const query = toStoreQuery(read("sort=price_desc&price=10-20"), undefined);
    expect(query.sort).toBe("relevance");
    expect(query).not.toHaveProperty("price_min");
  });

  it("builds facet links that toggle a value and go back to page 1", () => {
    const request = read("q=heart&colour=Red&page=3");
    expect(searchHref(request, { colours: toggled(request.colours, "Blue") })).toBe("/search?q=heart&colour=Red&colour=Blue");
    expect(searchHref(request, { colours: toggled(request.colours, "Red") })).toBe("/search?q=heart");
    expect(searchHref(request, { page: 4 })).toBe("/search?q=heart&colour=Red&page=4");
  });
});
