import { describe, expect, it } from "vitest";
import { distributionRows, jsonLdText, parseReviewSort, productJsonLd, readReviewForm } from "./review-view";
import type { PublicReview, RatingSummary } from "./review-types";

const summary: RatingSummary = { average: 3.7, count: 3, distribution: { "1": 0, "2": 0, "3": 1, "4": 2, "5": 0 } };
const review: PublicReview = {
  id: "rev_1",
  product_id: "prod_1",
  rating: 4,
  title: "Nice",
  body: "</script><script>alert(1)</script>",
  author_name: "Inès M.",
  verified_purchase: true,
  received_by: "collection",
  created_at: "2026-12-01T10:00:00.000Z",
  helpful_count: 0,
  photos: [],
  reply: null,
};

describe("reviews view", () => {
  it("falls back to newest for an unknown sort", () => {
    expect(parseReviewSort("helpful")).toBe("helpful");
    expect(parseReviewSort("<script>")).toBe("newest");
    expect(parseReviewSort(null)).toBe("newest");
  });

  it("gives each star its count and share, five stars first", () => {
    expect(distributionRows(summary)).toEqual([
      { stars: 5, count: 0, percent: 0 },
      { stars: 4, count: 2, percent: 67 },
      { stars: 3, count: 1, percent: 33 },
      { stars: 2, count: 0, percent: 0 },
      { stars: 1, count: 0, percent: 0 },
    ]);
  });

  it("builds Product, Offer, AggregateRating and Review, and escapes < so text cannot end the script", () => {
    const data = productJsonLd(
      { name: "Vase", url: "https://shop.test/products/vase", price: { amount: 30, currencyCode: "eur" }, inStock: true },
      summary,
      [review],
    );
    expect(data).toMatchObject({
      "@type": "Product",
      offers: { "@type": "Offer", price: "30.00", priceCurrency: "EUR", availability: "https://schema.org/InStock" },
      aggregateRating: { "@type": "AggregateRating", ratingValue: 3.7, reviewCount: 3 },
      review: [{ "@type": "Review", author: { "@type": "Person", name: "Inès M." }, reviewRating: { ratingValue: 4 }, datePublished: "2026-12-01" }],
    });
    const text = jsonLdText(data);
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual(data);
  });

  it("leaves the rating out without reviews", () => {
    const data = productJsonLd({ name: "Vase", url: "https://shop.test/p", inStock: false }, { ...summary, average: null, count: 0 }, []);
    expect(data).not.toHaveProperty("aggregateRating");
    expect(data).not.toHaveProperty("review");
  });

  it("reads the form, refusing what the backend would refuse", async () => {
    const form = (fields: Record<string, string>) => {
      const data = new FormData();
      for (const [key, value] of Object.entries(fields)) data.set(key, value);
      return data;
    };
    expect(await readReviewForm(form({ product_id: "p", rating: "5", title: " Great ", body: "Lovely" }))).toEqual({
      product_id: "p",
      rating: 5,
      title: "Great",
      body: "Lovely",
      photos: [],
    });
    expect(await readReviewForm(form({ rating: "0", title: "t", body: "b" }))).toEqual({ error: "Choose a rating from 1 to 5 stars." });
    expect(await readReviewForm(form({ rating: "4", title: "t", body: "é".repeat(5001) }))).toEqual({
      error: "Your review may be at most 5,000 characters (it has 5,001).",
    });
  });
});
