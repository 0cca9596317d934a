/** sitemap.xml and robots.txt, built from the catalogue's handles and the shop's public pages. */
export const PUBLIC_PAGES = ["/", "/products", "/stores", "/shipping", "/returns", "/contact", "/faq", "/terms", "/privacy", "/legal"] as const;

/** Private or per-shopper pages that search engines have no use for. */
export const DISALLOWED = ["/account", "/cart", "/checkout", "/order", "/staff", "/api", "/search"] as const;

export type SitemapEntry = { path: string; lastmod?: string | null };

const escapeXml = (value: string) =>
  value.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[char]!);

export function sitemapEntries(handles: { products: SitemapEntry[]; categories: string[]; collections: string[] }): SitemapEntry[] {
  const seen = new Set<string>();
  return [
    ...PUBLIC_PAGES.map((path) => ({ path })),
    ...handles.categories.map((handle) => ({ path: `/categories/${encodeURIComponent(handle)}` })),
    ...handles.collections.map((handle) => ({ path: `/collections/${encodeURIComponent(handle)}` })),
    ...handles.products.map((entry) => ({ ...entry, path: `/products/${encodeURIComponent(entry.path)}` })),
  ].filter((entry) => !seen.has(entry.path) && !!seen.add(entry.path));
}

export function sitemapXml(origin: string, entries: SitemapEntry[]): string {
  const base = origin.replace(/\/$/, "");
  const urls = entries.map((entry) => {
    const lastmod = entry.lastmod ? `<lastmod>${escapeXml(new Date(entry.lastmod).toISOString().slice(0, 10))}</lastmod>` : "";
    return `<url><loc>${escapeXml(base + entry.path)}</loc>${lastmod}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function robotsTxt(origin: string): string {
  const base = origin.replace(/\/$/, "");
  return ["User-agent: *", ...DISALLOWED.map((path) => `Disallow: ${path}`), "Allow: /", "", `Sitemap: ${base}/sitemap.xml`, ""].join("\n");
}
