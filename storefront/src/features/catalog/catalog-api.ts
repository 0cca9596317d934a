/**
 * Reads the catalogue from the Medusa Store API. Every function here runs on the server,
 * in page frontmatter; the publishable key scopes results to the web shop's sales channel.
 * Listings and product pages are the same for every shopper of a region (customer-group
 * prices show in the cart), so their reads are shared for CATALOG_CACHE_SECONDS: Medusa's
 * price calculation is what bounds a page's throughput.
 */
import type { HttpTypes } from "@medusajs/types";
import { CATALOG_CACHE_SECONDS } from "astro:env/server";
import { medusa } from "../../lib/medusa";
import { cachedByArguments, cachedFor } from "../../lib/ttl-cache";
import { PAGE_SIZE } from "./pagination";
import { backendOrder, isPriceSort, sortByPrice, type SortOption } from "./sorting";

/**
 * Only what a product card shows; `*variants.calculated_price` needs a `region_id`.
 * Stock lets single-variant cards offer "Add to cart" or say "Out of stock".
 */
const CARD_FIELDS =
  "id,title,handle,thumbnail,variants.id,*variants.calculated_price," +
  "+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder";

/** The product page adds stock, metadata (origin, materials) and categories to the defaults. */
const PRODUCT_PAGE_FIELDS =
  "*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory," +
  "+variants.allow_backorder,+metadata,*categories,+variants.metadata";

const MENU_TTL_MS = 60_000;
/** Pages of listings and products kept at once; each entry is one Store API answer. */
const CATALOG_CACHE_ENTRIES = 500;

/** For reads that are the same for every shopper of a region (also used for per-store availability). */
export const sharedCatalogRead = <Args extends unknown[], T>(load: (...args: Args) => Promise<T>) =>
  cachedByArguments(CATALOG_CACHE_SECONDS * 1000, CATALOG_CACHE_ENTRIES, load);

/**
 * Price sorting fetches the whole listing (in batches) and sorts it here, because the
 * Store API cannot order by calculated price. The cap keeps that bounded; a catalogue
 * bigger than this would need a search index (e.g. Meilisearch) to sort by price.
 */
const PRICE_SORT_MAX_PRODUCTS = 1_000;
const PRICE_SORT_BATCH_SIZE = 200;

export interface ProductFilter {
  category_id?: string[];
  collection_id?: string[];
}

export interface ProductPageRequest {
  filter?: ProductFilter;
  sort: SortOption;
  page: number;
  regionId?: string;
}

export interface ProductPage {
  products: HttpTypes.StoreProduct[];
  totalCount: number;
}

export const listProductPage = sharedCatalogRead(async function listProductPage({
  filter = {},
  sort,
  page,
  regionId,
}: ProductPageRequest): Promise<ProductPage> {
  const offset = (page - 1) * PAGE_SIZE;
  const query = { ...filter, region_id: regionId, fields: CARD_FIELDS };

  if (!isPriceSort(sort)) {
    const { products, count } = await medusa().store.product.list({
      ...query,
      order: backendOrder(sort),
      limit: PAGE_SIZE,
      offset,
    });
    return { products, totalCount: count };
  }

  const all: HttpTypes.StoreProduct[] = [];
  let totalCount = 0;
  do {
    const { products, count } = await medusa().store.product.list({
      ...query,
      order: backendOrder("newest"),
      limit: PRICE_SORT_BATCH_SIZE,
      offset: all.length,
    });
    all.push(...products);
    totalCount = count;
    if (products.length === 0) break;
  } while (all.length < Math.min(totalCount, PRICE_SORT_MAX_PRODUCTS));

  return {
    products: sortByPrice(all, sort).slice(offset, offset + PAGE_SIZE),
    totalCount: Math.min(totalCount, all.length),
  };
});

export const getProductByHandle = sharedCatalogRead(async function getProductByHandle(
  handle: string,
  regionId?: string,
): Promise<HttpTypes.StoreProduct | undefined> {
  const { products } = await medusa().store.product.list({
    handle,
    region_id: regionId,
    fields: PRODUCT_PAGE_FIELDS,
    limit: 1,
  });
  return products[0];
});

export const getCategoryByHandle = sharedCatalogRead(async function getCategoryByHandle(
  handle: string,
): Promise<HttpTypes.StoreProductCategory | undefined> {
  const { product_categories } = await medusa().store.category.list({
    handle,
    // The trees fill in `parent_category` and `category_children` at every level.
    fields: "id,name,handle,description,*parent_category,*category_children",
    include_ancestors_tree: true,
    include_descendants_tree: true,
    limit: 1,
  });
  return product_categories[0];
});

/** Top-level categories, for the navigation and the home page. */
export const listTopCategories = cachedFor(MENU_TTL_MS, async () => {
  const { product_categories } = await medusa().store.category.list({
    parent_category_id: "null",
    fields: "id,name,handle,description",
    order: "rank",
    limit: 50,
  });
  return product_categories;
});

export const listCollections = cachedFor(MENU_TTL_MS, async () => {
  const { collections } = await medusa().store.collection.list({
    fields: "id,title,handle,metadata",
    limit: 50,
  });
  return collections;
});

export const getCollectionByHandle = sharedCatalogRead(async function getCollectionByHandle(
  handle: string,
): Promise<HttpTypes.StoreCollection | undefined> {
  const { collections } = await medusa().store.collection.list({
    handle,
    fields: "id,title,handle,metadata",
    limit: 1,
  });
  return collections[0];
});
