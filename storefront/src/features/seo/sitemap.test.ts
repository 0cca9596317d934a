import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapEntries, sitemapXml } from "./sitemap";

describe("sitemap", () => {
  it("lists the public pages, categories, collections and products once each, escaped", () => {
    const entries = sitemapEntries({
      products: [{ path: "tea-light", lastmod: "2026-12-01T10:00:00Z" }, { path: "tea-light" }],
      categories: ["candles"],
      collections: ["christmas & gifts"],
    });
    const xml = sitemapXml("https://shop.fairmade.test/", entries);
    expect(xml).toContain("<loc>https://shop.fairmade.test/returns</loc>");
    expect(xml).toContain("<loc>https://shop.fairmade.test/categories/candles</loc>");
    expect(xml).toContain("<loc>https://shop.fairmade.test/collections/christmas%20%26%20gifts</loc>");
    expect(xml).toContain("<url><loc>https://shop.fairmade.test/products/tea-light</loc><lastmod>2026-12-01</lastmod></url>");
    expect(xml.match(/products\/tea-light</g)).toHaveLength(1);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  });

  it("keeps private pages out of robots and points to the sitemap", () => {
    const robots = robotsTxt("https://shop.fairmade.test");
    expect(robots).toContain("Disallow: /checkout");
    expect(robots).toContain("Disallow: /account");
    expect(robots).toContain("Sitemap: https://shop.fairmade.test/sitemap.xml");
  });
});
