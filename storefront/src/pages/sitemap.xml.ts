import type { APIRoute } from "astro";
import { medusa } from "../lib/medusa";
import { sitemapEntries, sitemapXml, type SitemapEntry } from "../features/seo/sitemap";

const PAGE = 200;

async function productHandles(): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { products, count } = await medusa().store.product.list({ fields: "handle,updated_at", limit: PAGE, offset });
    entries.push(...products.flatMap((product) => (product.handle ? [{ path: product.handle, lastmod: (product.updated_at as string | null) ?? null }] : [])));
    if (offset + PAGE >= count) return entries;
  }
}

export const GET: APIRoute = async ({ url }) => {
  const [products, { product_categories }, { collections }] = await Promise.all([
    productHandles(),
    medusa().store.category.list({ fields: "handle", limit: 500 }),
    medusa().store.collection.list({ fields: "handle", limit: 500 }),
  ]);
  const entries = sitemapEntries({
    products,
    categories: product_categories.map((category) => category.handle).filter(Boolean),
    collections: collections.map((collection) => collection.handle).filter(Boolean),
  });
  return new Response(sitemapXml(url.origin, entries), {
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "public, max-age=3600" },
  });
};
