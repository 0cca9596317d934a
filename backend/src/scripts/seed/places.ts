/**
 * Where the producer sells and ships from: its regions and their VAT, its
 * warehouse and its three stores. The names are a contract: the storefront,
 * the click-and-collect plugin and the tests look them up.
 */
import type { StockLocationAddressInput } from "@medusajs/framework/types"
import seedVersion from "./version.json"

export const STORE_NAME = "Fairmade"
export const WEB_SHOP_SALES_CHANNEL = "Fairmade web shop"
export const PUBLISHABLE_KEY_TITLE = "Storefront"
/** Bumped when the seed gains content; `npm start` re-runs the (idempotent) seed for older databases. */
export const SEED_VERSION = seedVersion.version

export type RegionPlan = {
  name: string
  currency: "eur" | "gbp"
  /** Country code → standard VAT rate in %. */
  vat: Record<string, number>
}

export const REGIONS: readonly RegionPlan[] = [
  {
    name: "Europe",
    currency: "eur",
    vat: { fr: 20, de: 19, nl: 21, be: 21, es: 21, it: 22, ie: 23, at: 20, pt: 23, lu: 17 },
  },
  { name: "United Kingdom", currency: "gbp", vat: { gb: 20 } },
]

export const countriesOf = (region: RegionPlan) => Object.keys(region.vat)

type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun"

export type StoreFacts = {
  kind: "store"
  handle: string
  /** "10:00–19:00" or "closed". */
  opening_hours: Record<Weekday, string>
  pickup_instructions: string
  /** Hours until an order is ready when the store has the goods. */
  pickup_lead_time_hours: number
  /** Hours until goods sent from the warehouse reach the store. */
  ship_to_store_lead_time_hours: number
  /** Days a collected order waits before it goes back to stock. */
  hold_period_days: number
}

export type LocationPlan = {
  name: string
  address: StockLocationAddressInput
  metadata: { kind: "warehouse"; handle: string } | StoreFacts
}

const sixDays = (hours: string, sunday: string): Record<Weekday, string> => ({
  mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: hours, sun: sunday,
})

export const WAREHOUSE: LocationPlan = {
  name: "Central warehouse",
  address: {
    address_1: "18 rue de la Poudrette",
    city: "Villeurbanne",
    postal_code: "69100",
    country_code: "fr",
    phone: "+33 4 72 10 45 80",
  },
  metadata: { kind: "warehouse", handle: "central-warehouse" },
}

export const STORES: readonly LocationPlan[] = [
  {
    name: "Lyon Part-Dieu",
    address: {
      address_1: "17 rue du Docteur Bouchut",
      address_2: "Centre commercial La Part-Dieu, niveau 1",
      city: "Lyon",
      postal_code: "69003",
      country_code: "fr",
      phone: "+33 4 78 62 19 33",
    },
    metadata: {
      kind: "store",
      handle: "lyon-part-dieu",
      opening_hours: sixDays("10:00–20:00", "closed"),
      pickup_instructions:
        "Come to the till at the back of the shop with your order number and a photo ID; we keep your parcel ready behind the counter.",
      pickup_lead_time_hours: 2,
      ship_to_store_lead_time_hours: 48,
      hold_period_days: 7,
    },
  },
  {
    name: "Paris Le Marais",
    address: {
      address_1: "32 rue des Francs-Bourgeois",
      city: "Paris",
      postal_code: "75003",
      country_code: "fr",
      phone: "+33 1 42 71 08 56",
    },
    metadata: {
      kind: "store",
      handle: "paris-le-marais",
      opening_hours: { ...sixDays("10:30–19:30", "11:00–19:00"), mon: "11:00–19:00" },
      pickup_instructions:
        "Ask any of our team at the counter on the ground floor and show the collection e-mail on your phone.",
      pickup_lead_time_hours: 2,
      ship_to_store_lead_time_hours: 48,
      hold_period_days: 7,
    },
  },
  {
    name: "London Covent Garden",
    address: {
      address_1: "14 Floral Street",
      city: "London",
      postal_code: "WC2E 9DH",
      country_code: "gb",
      phone: "+44 20 7240 3817",
    },
    metadata: {
      kind: "store",
      handle: "london-covent-garden",
      opening_hours: sixDays("10:00–19:00", "12:00–18:00"),
      pickup_instructions:
        "Collection point is at the front desk by the entrance: give your name and order number, and bring the card you paid with.",
      pickup_lead_time_hours: 2,
      ship_to_store_lead_time_hours: 72,
      hold_period_days: 7,
    },
  },
]

export const LOCATIONS: readonly LocationPlan[] = [WAREHOUSE, ...STORES]
