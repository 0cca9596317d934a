/**
 * The catalogue of catalogue.ts as Medusa records: categories, collections,
 * tags, then the products in a few batched createProductsWorkflow calls.
 */
import type { CreateProductWorkflowInputDTO, MedusaContainer } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createProductTagsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CATEGORIES } from "./categories"
import { COLLECTIONS, ProductSpec } from "./catalogue"
import { createMissing, required } from "./create-missing"

const PRODUCTS_PER_BATCH = 25

type Ids = { categories: Map<string, string>; collections: Map<string, string>; tags: Map<string, string> }
type Links = { salesChannelId: string; shippingProfileId: string }

/** Where the pictures in backend/static/products are served (Medusa serves backend/static at /static). */
const imageUrl = (file: string) => `${process.env.BACKEND_URL ?? "http://localhost:9000"}/static/products/${file}`

const idsByKey = <T extends { id: string }>(records: Map<string, T>) =>
  new Map([...records].map(([key, record]) => [key, record.id]))

async function ensureCategories(container: MedusaContainer): Promise<Map<string, string>> {
  const categories = await createMissing({
    wanted: CATEGORIES,
    existing: await container
      .resolve(Modules.PRODUCT)
      .listProductCategories({ handle: CATEGORIES.map((category) => category.handle) }),
    keyOfWanted: (category) => category.handle,
    keyOfExisting: (category) => category.handle,
    create: async (missing) => {
      const product_categories = missing.map(({ name, handle, description }) => ({
        name,
        handle,
        description,
        is_active: true,
        rank: CATEGORIES.findIndex((category) => category.handle === handle),
      }))
      return (await createProductCategoriesWorkflow(container).run({ input: { product_categories } })).result
    },
  })
  return idsByKey(categories)
}

async function ensureCollections(container: MedusaContainer): Promise<Map<string, string>> {
  const wanted = Object.values(COLLECTIONS)
  const collections = await createMissing({
    wanted,
    existing: await container
      .resolve(Modules.PRODUCT)
      .listProductCollections({ handle: wanted.map((collection) => collection.handle) }),
    keyOfWanted: (collection) => collection.handle,
    keyOfExisting: (collection) => collection.handle,
    create: async (missing) =>
      (await createCollectionsWorkflow(container).run({ input: { collections: missing.map((c) => ({ ...c })) } })).result,
  })
  return idsByKey(collections)
}

async function ensureTags(container: MedusaContainer, values: string[]): Promise<Map<string, string>> {
  const tags = await createMissing({
    wanted: values,
    existing: await container.resolve(Modules.PRODUCT).listProductTags({ value: values }),
    keyOfWanted: (value) => value,
    keyOfExisting: (tag) => tag.value,
    create: async (missing) =>
      (await createProductTagsWorkflow(container).run({ input: { product_tags: missing.map((value) => ({ value })) } }))
        .result,
  })
  return idsByKey(tags)
}

function productInput(product: ProductSpec, ids: Ids, links: Links): CreateProductWorkflowInputDTO {
  const colours = product.variants.flatMap((variant) => (variant.colour ? [variant.colour] : []))
  const option = colours.length ? { title: "Colour", values: colours } : { title: "Default", values: ["Default"] }
  return {
    title: product.title,
    handle: product.handle,
    description: product.description,
    status: ProductStatus.PUBLISHED,
    category_ids: [required(ids.categories, product.category.handle)],
    collection_id: product.collection ? required(ids.collections, COLLECTIONS[product.collection].handle) : null,
    tag_ids: product.tags.map((tag) => required(ids.tags, tag)),
    thumbnail: imageUrl(product.images[0]),
    images: product.images.map((file) => ({ url: imageUrl(file) })),
    weight: product.weightGrams,
    // Not recorded in the data set: left empty rather than made up (product-facts.ts).
    origin_country: null,
    material: product.material,
    metadata: product.metadata,
    options: [option],
    variants: product.variants.map((variant) => ({
      title: variant.title,
      sku: variant.sku,
      manage_inventory: true,
      weight: product.weightGrams,
      options: { [option.title]: variant.colour ?? "Default" },
      prices: [
        { currency_code: "eur", amount: product.priceEur },
        { currency_code: "gbp", amount: product.priceGbp },
      ],
      // A colour's own picture: the product page shows it when that colour is chosen.
      metadata: { stock_code: variant.stockCode, ...(variant.image ? { image: imageUrl(variant.image) } : {}) },
    })),
    sales_channels: [{ id: links.salesChannelId }],
    shipping_profile_id: links.shippingProfileId,
  }
}

export async function ensureProducts(container: MedusaContainer, catalogue: ProductSpec[], links: Links): Promise<number> {
  const ids: Ids = {
    categories: await ensureCategories(container),
    collections: await ensureCollections(container),
    tags: await ensureTags(container, [...new Set(catalogue.flatMap((product) => product.tags))]),
  }
  const existing = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: catalogue.map((product) => product.handle) }, { select: ["id", "handle"] })
  const existingHandles = new Set(existing.map((product) => product.handle))
  const missing = catalogue.filter((product) => !existingHandles.has(product.handle))
  for (let start = 0; start < missing.length; start += PRODUCTS_PER_BATCH) {
    const products = missing.slice(start, start + PRODUCTS_PER_BATCH).map((product) => productInput(product, ids, links))
    await createProductsWorkflow(container).run({ input: { products } })
  }
  return missing.length
}
