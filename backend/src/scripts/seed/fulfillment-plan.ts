/**
 * How orders leave: home delivery from the warehouse to every region, and
 * collection in each store ("pickup" fulfillment sets, which click-and-collect
 * builds on). Fulfillment set and service zone names are unique in Medusa.
 */
import { countriesOf, LocationPlan, REGIONS, STORES, WAREHOUSE } from "./places"

export type Price = { currency_code: "eur" | "gbp"; amount: number }

export type OptionPlan = {
  name: string
  type: { label: string; code: string; description: string }
  prices: Price[]
}

export type ZonePlan = { name: string; countries: string[]; options: OptionPlan[] }

export type FulfillmentSetPlan = { location: string; name: string; type: "shipping" | "pickup"; zones: ZonePlan[] }

// Amounts in major units, as Medusa v2 takes them: 4.9 is €4.90.
const DELIVERY_OPTIONS: readonly OptionPlan[] = [
  {
    name: "Standard delivery",
    type: { label: "Standard", code: "standard", description: "Delivered in 2–4 working days." },
    prices: [
      { currency_code: "eur", amount: 4.9 },
      { currency_code: "gbp", amount: 3.95 },
    ],
  },
  {
    name: "Express delivery",
    type: { label: "Express", code: "express", description: "Delivered the next working day when ordered before 2 pm." },
    prices: [
      { currency_code: "eur", amount: 9.9 },
      { currency_code: "gbp", amount: 7.95 },
    ],
  },
]

function currencyOfCountry(country: string): Price["currency_code"] {
  const region = REGIONS.find((candidate) => countriesOf(candidate).includes(country))
  if (!region) {
    throw new Error(`No region sells to "${country}".`)
  }
  return region.currency
}

function pickupPlan(store: LocationPlan): FulfillmentSetPlan {
  const country = store.address.country_code
  return {
    location: store.name,
    name: `${store.name} pickup`,
    type: "pickup",
    zones: [
      {
        name: `${store.name} collection`,
        countries: [country],
        options: [
          {
            name: `Collect in store — ${store.name}`,
            type: { label: "Click & collect", code: "pickup", description: `Collect your order at ${store.name}.` },
            prices: [{ currency_code: currencyOfCountry(country), amount: 0 }],
          },
        ],
      },
    ],
  }
}

export function fulfillmentSetPlans(): FulfillmentSetPlan[] {
  const delivery: FulfillmentSetPlan = {
    location: WAREHOUSE.name,
    name: `${WAREHOUSE.name} shipping`,
    type: "shipping",
    zones: REGIONS.map((region) => ({ name: region.name, countries: countriesOf(region), options: [...DELIVERY_OPTIONS] })),
  }
  return [delivery, ...STORES.map(pickupPlan)]
}
