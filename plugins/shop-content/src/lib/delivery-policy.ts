/** Pure shaping of regions and shipping options into what the delivery page states. */

export type DeliveryPolicyOption = {
  id: string
  name: string
  kind: "delivery" | "pickup"
  description: string | null
  /** Minor-unit-free amount as Medusa stores it (major units, e.g. 4.9), in the region's currency. */
  amount: number
  /** Free (or cheaper) from this item total, when a price rule says so. */
  reduced_from: { item_total: number; amount: number } | null
}

export type DeliveryPolicyRegion = {
  id: string
  name: string
  currency_code: string
  countries: { code: string; name: string }[]
  options: DeliveryPolicyOption[]
}

type Rule = { attribute?: string; operator?: string; value?: unknown }
type Price = { amount: number | string; currency_code: string; price_rules?: Rule[] | null }
type Option = {
  id: string
  name: string
  type?: { description?: string | null } | null
  rules?: Rule[] | null
  service_zone?: { fulfillment_set?: { type?: string } | null; geo_zones?: { country_code: string }[] | null } | null
  prices?: Price[] | null
}
type Region = { id: string; name: string; currency_code: string; countries?: { iso_2: string; display_name?: string | null }[] | null }

const shownToShoppers = (option: Option) =>
  !(option.rules ?? []).some((rule) => rule.attribute === "is_return" && String(rule.value) === "true") &&
  !(option.rules ?? []).some((rule) => rule.attribute === "enabled_in_store" && String(rule.value) === "false")

const itemTotalRule = (price: Price) => (price.price_rules ?? []).find((rule) => rule.attribute === "item_total" && (rule.operator === "gte" || rule.operator === "gt"))

export function deliveryPolicy(regions: Region[], options: Option[]): DeliveryPolicyRegion[] {
  return regions
    .map((region) => {
      const codes = new Set((region.countries ?? []).map((country) => country.iso_2))
      const regionOptions = options
        .filter(shownToShoppers)
        .filter((option) => (option.service_zone?.geo_zones ?? []).some((zone) => codes.has(zone.country_code)))
        .flatMap((option): DeliveryPolicyOption[] => {
          const prices = (option.prices ?? []).filter((price) => price.currency_code === region.currency_code)
          const base = prices.find((price) => !itemTotalRule(price) && (price.price_rules ?? []).length === 0)
          if (!base) return []
          const reduced = prices
            .filter((price) => itemTotalRule(price))
            .map((price) => ({ item_total: Number(itemTotalRule(price)!.value), amount: Number(price.amount) }))
            .sort((a, b) => a.amount - b.amount)[0]
          return [
            {
              id: option.id,
              name: option.name,
              kind: option.service_zone?.fulfillment_set?.type === "pickup" ? "pickup" : "delivery",
              description: option.type?.description ?? null,
              amount: Number(base.amount),
              reduced_from: reduced ?? null,
            },
          ]
        })
        .sort((a, b) => (a.kind === b.kind ? a.amount - b.amount : a.kind === "delivery" ? -1 : 1))
      return {
        id: region.id,
        name: region.name,
        currency_code: region.currency_code,
        countries: (region.countries ?? []).map((country) => ({ code: country.iso_2, name: country.display_name ?? country.iso_2.toUpperCase() })),
        options: regionOptions,
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}
