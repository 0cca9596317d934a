/**
 * A minimal shop built with Medusa's own core-flows workflows, independent of
 * the demo seed: one EUR region paying with the system provider, a sales
 * channel with its publishable key, a stock location that ships to France
 * with the manual provider, and stocked products.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createLinksWorkflow,
  createLocationFulfillmentSetWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createServiceZonesWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"

export type Shop = {
  regionId: string
  salesChannelId: string
  locationId: string
  shippingProfileId: string
  shippingOptionId: string
  /** Headers a storefront sends: the publishable key of the shop's sales channel. */
  store: { headers: Record<string, string> }
}

export type StockedProduct = { productId: string; variantId: string; inventoryItemId: string }

export const SHIPPING_PRICE_EUR = 5

export async function createShop(container: MedusaContainer, name = "Test shop"): Promise<Shop> {
  const { result: channels } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name }] },
  })
  const salesChannelId = channels[0].id

  const { result: keys } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: name, type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: keys[0].id, add: [salesChannelId] } })

  const { result: regions } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["fr"], payment_providers: ["pp_system_default"] }] },
  })

  const locationId = await createShippingLocation(container, salesChannelId)
  const { result: profiles } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: `${name} profile`, type: "default" }] },
  })
  const shippingProfileId = profiles[0].id
  const shippingOptionId = await createStandardDelivery(container, locationId, shippingProfileId)

  return {
    regionId: regions[0].id,
    salesChannelId,
    locationId,
    shippingProfileId,
    shippingOptionId,
    store: { headers: { "x-publishable-api-key": keys[0].token } },
  }
}

/** A warehouse selling to the channel, shipping with the manual provider. */
async function createShippingLocation(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const { result } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Warehouse", address: { address_1: "1 rue du Test", city: "Lyon", country_code: "fr" } }] },
  })
  const locationId = result[0].id
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [salesChannelId] } })
  await createLinksWorkflow(container).run({
    input: [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ],
  })
  return locationId
}

async function createStandardDelivery(container: MedusaContainer, locationId: string, shippingProfileId: string) {
  await createLocationFulfillmentSetWorkflow(container).run({
    input: { location_id: locationId, fulfillment_set_data: { name: `Shipping from ${locationId}`, type: "shipping" } },
  })
  const [set] = await container.resolve(Modules.FULFILLMENT).listFulfillmentSets({ name: `Shipping from ${locationId}` })
  const { result: zones } = await createServiceZonesWorkflow(container).run({
    input: { data: [{ name: `France ${set.id}`, fulfillment_set_id: set.id, geo_zones: [{ type: "country", country_code: "fr" }] }] },
  })
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard delivery",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: zones[0].id,
        shipping_profile_id: shippingProfileId,
        type: { label: "Standard", code: "standard", description: "2–4 working days" },
        prices: [{ currency_code: "eur", amount: SHIPPING_PRICE_EUR }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return options[0].id
}

export type VariantSpec = { title: string; price: number; stock: Record<string, number> }
export type ProductWithVariants = { productId: string; variants: Record<string, { variantId: string; inventoryItemId: string }> }

/** A published product with one inventory-managed variant per spec (values of one option), stocked per location as given. */
export async function createProductWithVariants(
  container: MedusaContainer,
  shop: Shop,
  title: string,
  specs: VariantSpec[],
  {
    option = "Colour",
    categoryIds = [],
    allowBackorder = false,
  }: { option?: string; categoryIds?: string[]; allowBackorder?: boolean } = {},
): Promise<ProductWithVariants> {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title,
          status: "published",
          shipping_profile_id: shop.shippingProfileId,
          sales_channels: [{ id: shop.salesChannelId }],
          category_ids: categoryIds,
          options: [{ title: option, values: specs.map((spec) => spec.title) }],
          variants: specs.map((spec) => ({
            title: spec.title,
            options: { [option]: spec.title },
            manage_inventory: true,
            allow_backorder: allowBackorder,
            prices: [{ currency_code: "eur", amount: spec.price }],
          })),
        },
      ],
    },
  })
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "title", "inventory_items.inventory_item_id"],
    filters: { product_id: result[0].id },
  })
  const variants: ProductWithVariants["variants"] = {}
  for (const variant of data as any[]) {
    variants[variant.title] = { variantId: variant.id, inventoryItemId: variant.inventory_items[0].inventory_item_id }
  }
  const levels = specs.flatMap((spec) =>
    Object.entries(spec.stock).map(([location_id, stocked_quantity]) => ({
      inventory_item_id: variants[spec.title].inventoryItemId,
      location_id,
      stocked_quantity,
    })),
  )
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  return { productId: result[0].id, variants }
}

/** A published product whose single variant is inventory-managed with `stock` units at the shop's location. */
export async function createStockedProduct(
  container: MedusaContainer,
  shop: Shop,
  {
    title,
    price,
    stock,
    categoryIds = [],
    allowBackorder = false,
  }: { title: string; price: number; stock: number; categoryIds?: string[]; allowBackorder?: boolean },
): Promise<StockedProduct> {
  const { productId, variants } = await createProductWithVariants(
    container,
    shop,
    title,
    [{ title: "One size", price, stock: { [shop.locationId]: stock } }],
    { option: "Size", categoryIds, allowBackorder },
  )
  return { productId, ...variants["One size"] }
}

/** Stocked and reserved units of an inventory item at a location. */
export async function stockLevel(container: MedusaContainer, inventoryItemId: string, locationId: string) {
  const [level] = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({ inventory_item_id: inventoryItemId, location_id: locationId })
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}

export async function createCategory(container: MedusaContainer, name: string, handle: string): Promise<string> {
  const { result } = await createProductCategoriesWorkflow(container).run({
    input: { product_categories: [{ name, handle, is_active: true }] },
  })
  return result[0].id
}
