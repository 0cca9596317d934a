/**
 * The demo's offers: codes that work, one that expired, one used up, an
 * automatic Christmas discount, a sale, friends' prices for a customer group
 * and free standard delivery over a threshold. Idempotent: what exists (by
 * code, campaign identifier, title or name) is left alone.
 */
import type { CreatePromotionDTO, MedusaContainer, PricingRuleOperatorValues } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createCampaignsWorkflow,
  createCustomerGroupsWorkflow,
  createPriceListsWorkflow,
  createPromotionsWorkflow,
  updateShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"

export type SeedPromotionsInput = {
  /** The "Christmas" category: its items get the automatic discount. */
  christmasCategoryId: string
  /** A few products to put on sale (price list of type "sale"). */
  saleProductIds: string[]
  /** Products with a friends' price (price list of type "override" for the customer group). */
  friendsProductIds: string[]
}

export const FRIENDS_GROUP = "Friends of the workshop"
export const SALE_PRICE_LIST = "Winter sale"
export const FRIENDS_PRICE_LIST = "Friends of the workshop prices"
/** Standard delivery is free from this item total (tax included), per currency. */
export const FREE_SHIPPING_FROM: Record<string, number> = { eur: 50, gbp: 45 }
const STANDARD_DELIVERY = "Standard delivery"
const SALE_PERCENT_OFF = 20
const FRIENDS_PERCENT_OFF = 15

/** A base or rule price as Query returns it through the price-set links. */
type PriceRow = {
  id: string
  amount: number
  currency_code: string
  rules_count?: number | null
  price_list_id?: string | null
  price_rules?: { attribute: string; operator: PricingRuleOperatorValues; value: string }[]
}

const orderPercentOff = (percent: number): CreatePromotionDTO["application_method"] => ({
  type: "percentage",
  target_type: "order",
  allocation: "across",
  value: percent,
})

export async function seedPromotions(container: MedusaContainer, input: SeedPromotionsInput): Promise<{ customerGroupId: string }> {
  await ensureCodes(container, input.christmasCategoryId)
  const customerGroupId = await ensureFriendsGroup(container)
  await ensurePriceLists(container, input, customerGroupId)
  await ensureFreeStandardDelivery(container)
  return { customerGroupId }
}

async function ensureCodes(container: MedusaContainer, christmasCategoryId: string) {
  const campaigns = await ensureCampaigns(container)
  const wanted: CreatePromotionDTO[] = [
    { code: "WELCOME10", type: "standard", status: "active", application_method: orderPercentOff(10) },
    {
      // Automatic: applied to every cart holding Christmas items, no code to type.
      code: "CHRISTMAS15",
      type: "standard",
      status: "active",
      is_automatic: true,
      application_method: {
        type: "percentage",
        target_type: "items",
        // "across" the matching items: 15% of their total, however many there are.
        allocation: "across",
        value: 15,
        target_rules: [{ attribute: "items.product.categories.id", operator: "in", values: [christmasCategoryId] }],
      },
    },
    { code: "SUMMER23", type: "standard", status: "active", campaign_id: campaigns.SUMMER23, application_method: orderPercentOff(15) },
    { code: "FIRST50", type: "standard", status: "active", campaign_id: campaigns.FIRST50, application_method: orderPercentOff(20) },
  ]
  const codes = wanted.map((promotion) => promotion.code!)
  const existing = await container.resolve(Modules.PROMOTION).listPromotions({ code: codes }, { select: ["code"] })
  const missing = wanted.filter((promotion) => !existing.some(({ code }) => code === promotion.code))
  if (missing.length > 0) {
    await createPromotionsWorkflow(container).run({ input: { promotionsData: missing } })
  }
}

/** SUMMER23's campaign ended in 2023; FIRST50's budget of 50 uses is spent, so both codes are refused. */
async function ensureCampaigns(container: MedusaContainer): Promise<Record<"SUMMER23" | "FIRST50", string>> {
  const wanted = [
    {
      name: "Summer 2023",
      campaign_identifier: "SUMMER23",
      starts_at: new Date("2023-06-01T00:00:00Z"),
      ends_at: new Date("2023-08-31T22:00:00Z"),
    },
    {
      name: "First 50 orders",
      campaign_identifier: "FIRST50",
      budget: { type: "usage" as const, limit: 50, used: 50 },
    },
  ]
  const promotionModule = container.resolve(Modules.PROMOTION)
  const findAll = () => promotionModule.listCampaigns({ campaign_identifier: wanted.map((campaign) => campaign.campaign_identifier) })
  const existing = new Set((await findAll()).map((campaign) => campaign.campaign_identifier))
  const missing = wanted.filter((campaign) => !existing.has(campaign.campaign_identifier))
  if (missing.length > 0) {
    await createCampaignsWorkflow(container).run({ input: { campaignsData: missing } })
  }
  const ids = new Map((await findAll()).map((campaign) => [campaign.campaign_identifier, campaign.id]))
  return { SUMMER23: ids.get("SUMMER23")!, FIRST50: ids.get("FIRST50")! }
}

async function ensureFriendsGroup(container: MedusaContainer): Promise<string> {
  const [group] = await container.resolve(Modules.CUSTOMER).listCustomerGroups({ name: FRIENDS_GROUP })
  if (group) {
    return group.id
  }
  const { result } = await createCustomerGroupsWorkflow(container).run({ input: { customersData: [{ name: FRIENDS_GROUP }] } })
  return result[0].id
}

async function ensurePriceLists(container: MedusaContainer, input: SeedPromotionsInput, customerGroupId: string) {
  const { data: found } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "price_list",
    fields: ["title"],
    filters: { title: [SALE_PRICE_LIST, FRIENDS_PRICE_LIST] },
  })
  const existing = new Set(found.map((list) => list.title))
  const lists = [
    {
      title: SALE_PRICE_LIST,
      description: `${SALE_PERCENT_OFF}% off a few favourites.`,
      type: "sale" as const,
      status: "active" as const,
      prices: await pricesOff(container, input.saleProductIds, SALE_PERCENT_OFF),
    },
    {
      title: FRIENDS_PRICE_LIST,
      description: `${FRIENDS_PERCENT_OFF}% off for the friends of the workshop.`,
      type: "override" as const,
      status: "active" as const,
      rules: { "customer.groups.id": [customerGroupId] },
      prices: await pricesOff(container, input.friendsProductIds, FRIENDS_PERCENT_OFF),
    },
  ].filter((list) => !existing.has(list.title))
  if (lists.length > 0) {
    await createPriceListsWorkflow(container).run({ input: { price_lists_data: lists } })
  }
}

/** The products' variants' base prices, `percent` off, to the cent (integer cents, no float drift). */
async function pricesOff(container: MedusaContainer, productIds: string[], percent: number) {
  if (productIds.length === 0) {
    return []
  }
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product_variant",
    fields: ["id", "prices.amount", "prices.currency_code", "prices.rules_count", "prices.price_list_id"],
    filters: { product_id: productIds },
  })
  const variants = data as unknown as { id: string; prices: PriceRow[] }[]
  return variants.flatMap((variant) =>
    variant.prices
      .filter((price) => !price.price_list_id && !price.rules_count)
      .map((price) => ({
        variant_id: variant.id,
        currency_code: price.currency_code,
        amount: Math.round((Math.round(Number(price.amount) * 100) * (100 - percent)) / 100) / 100,
      })),
  )
}

/** Adds a zero price, for item totals from the threshold up, to every "Standard delivery" option. */
async function ensureFreeStandardDelivery(container: MedusaContainer) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "shipping_option",
    fields: ["id", "prices.id", "prices.amount", "prices.currency_code", "prices.price_rules.*"],
    filters: { name: STANDARD_DELIVERY },
  })
  const options = data as unknown as { id: string; prices: PriceRow[] }[]
  const updates = options
    .filter((option) => !option.prices.some((price) => price.price_rules?.some((rule) => rule.attribute === "item_total")))
    .map((option) => {
      const current = option.prices.map((price) => ({
        id: price.id,
        currency_code: price.currency_code,
        amount: Number(price.amount),
        rules: (price.price_rules ?? []).map(({ attribute, operator, value }) => ({ attribute, operator, value })),
      }))
      const free = current
        .filter((price) => FREE_SHIPPING_FROM[price.currency_code] !== undefined && price.rules.length === 0)
        .map((price) => ({
          currency_code: price.currency_code,
          amount: 0,
          rules: [{ attribute: "item_total", operator: "gte" as const, value: FREE_SHIPPING_FROM[price.currency_code] }],
        }))
      return { id: option.id, prices: [...current, ...free] }
    })
  if (updates.length > 0) {
    await updateShippingOptionsWorkflow(container).run({ input: updates })
  }
}
