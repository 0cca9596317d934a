import type { AstroGlobal } from "astro";
import type { HttpTypes } from "@medusajs/types";
import { listTopCategories } from "../catalog/catalog-api";
import { resolveRegion, type RegionContext } from "../region/regions-api";

/** What the header needs on every page: the menu and the region selector. */
export interface PageShell extends RegionContext {
  categories: HttpTypes.StoreProductCategory[];
  /** The current address, so changing region comes back to it. */
  returnTo: string;
}

/**
 * Loaded in each page's frontmatter, before any HTML is streamed, so a backend failure
 * becomes the friendly error page rather than a half-rendered one.
 */
export async function loadPageShell({ cookies, url }: Pick<AstroGlobal, "cookies" | "url">): Promise<PageShell> {
  const [regionContext, categories] = await Promise.all([resolveRegion(cookies), listTopCategories()]);
  return { ...regionContext, categories, returnTo: url.pathname + url.search };
}
