/**
 * A store's pickup settings live in its stock location's metadata, next to the
 * opening hours the seed already writes there. They describe the location
 * itself (one value per store, read wherever the location is read), so a
 * separate table would only add a join and a second place to keep in sync.
 * Admins edit them in the location page's "Click & collect" widget.
 */
import { timeZoneOf } from "./opening-hours"

export type OpeningHours = Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", string>>

export type PickupSettings = {
  enabled: boolean
  /** Hours to get an order ready when the store has the goods. */
  lead_time_hours: number
  /** Hours for goods sent from the warehouse to reach the store. */
  ship_to_store_lead_time_hours: number
  /** Days a ready order waits before it is cancelled and goes back to stock. */
  hold_period_days: number
  instructions: string | null
  opening_hours: OpeningHours | null
  /** IANA zone the opening hours are in. */
  time_zone: string
}

export const DEFAULT_SETTINGS = {
  lead_time_hours: 2,
  ship_to_store_lead_time_hours: 48,
  hold_period_days: 7,
}

type LocationLike = { metadata?: Record<string, unknown> | null; address?: { country_code?: string | null } | null }

// Which locations are stores is shop-core's to say, for every plugin.
import { isStore } from "@fairmade/shop-core/lib/stores"
export { isStore, isWarehouse } from "@fairmade/shop-core/lib/stores"

const positiveNumber = (value: unknown, fallback: number) =>
  typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fallback

export function pickupSettingsOf(location: LocationLike): PickupSettings {
  const metadata = location.metadata ?? {}
  return {
    enabled: isStore(location) && metadata.pickup_enabled !== false,
    lead_time_hours: positiveNumber(metadata.pickup_lead_time_hours, DEFAULT_SETTINGS.lead_time_hours),
    ship_to_store_lead_time_hours: positiveNumber(
      metadata.ship_to_store_lead_time_hours,
      DEFAULT_SETTINGS.ship_to_store_lead_time_hours,
    ),
    hold_period_days: positiveNumber(metadata.hold_period_days, DEFAULT_SETTINGS.hold_period_days),
    instructions: typeof metadata.pickup_instructions === "string" ? metadata.pickup_instructions : null,
    opening_hours: (metadata.opening_hours as OpeningHours | undefined) ?? null,
    time_zone: timeZoneOf(metadata.time_zone, location.address?.country_code),
  }
}

/** The metadata keys `pickupSettingsOf` reads, for saving edited settings. */
export function settingsToMetadata(
  settings: Omit<PickupSettings, "opening_hours" | "time_zone"> & { opening_hours?: OpeningHours | null; time_zone?: string },
) {
  return {
    pickup_enabled: settings.enabled,
    pickup_lead_time_hours: settings.lead_time_hours,
    ship_to_store_lead_time_hours: settings.ship_to_store_lead_time_hours,
    hold_period_days: settings.hold_period_days,
    pickup_instructions: settings.instructions,
    ...(settings.opening_hours ? { opening_hours: settings.opening_hours } : {}),
    ...(settings.time_zone ? { time_zone: settings.time_zone } : {}),
  }
}

export const addHours = (date: Date, hours: number) => new Date(date.getTime() + hours * 3_600_000)
export const addDays = (date: Date, days: number) => addHours(date, days * 24)
