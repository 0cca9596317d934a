/**
 * When will an order be ready, given the store's opening hours? Staff prepare
 * orders only while the store is open, and a parcel from the warehouse can be
 * collected only once the store opens after it arrived. Pure, with the store's
 * time zone passed in, so it is tested without a clock or a database.
 */
import type { OpeningHours } from "./store-settings"

const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const
const MINUTE_MS = 60_000
/** Far enough for any real week of closures; beyond it the calendar answer stands. */
const DAYS_AHEAD = 14

// Which zone a store is in is shop-core's to say (staff pages and e-mails read it too).
export { timeZoneOf } from "@fairmade/shop-core/lib/time-zone"

/** "10:00–20:00" (any dash) → minutes after midnight; "closed" or nonsense → null. */
export function parseHours(text: string | undefined): { open: number; close: number } | null {
  const match = text?.match(/^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*$/)
  if (!match) {
    return null
  }
  const [open, close] = [Number(match[1]) * 60 + Number(match[2]), Number(match[3]) * 60 + Number(match[4])]
  return open < close && close <= 24 * 60 ? { open, close } : null
}

type LocalDay = { year: number; month: number; day: number; weekday: (typeof WEEKDAYS)[number] }

function localParts(instant: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(new Date(instant))
  const value = (type: string) => Number(parts.find((part) => part.type === type)!.value)
  return { year: value("year"), month: value("month"), day: value("day"), hour: value("hour"), minute: value("minute"), second: value("second") }
}

/** Minutes the zone is ahead of UTC at that instant (DST included). */
function offsetMinutes(instant: number, timeZone: string): number {
  const local = localParts(instant, timeZone)
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second)
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE_MS)
}

/** The instant of a wall-clock time in the zone (two passes settle DST edges). */
function instantOf(day: LocalDay, minutes: number, timeZone: string): number {
  const wall = Date.UTC(day.year, day.month - 1, day.day) + minutes * MINUTE_MS
  const first = wall - offsetMinutes(wall, timeZone) * MINUTE_MS
  return wall - offsetMinutes(first, timeZone) * MINUTE_MS
}

function localDay(instant: number, timeZone: string, plusDays: number): LocalDay {
  const today = localParts(instant, timeZone)
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + plusDays))
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday: WEEKDAYS[date.getUTCDay()] }
}

/** The store's open periods from the day of `from` on, as instants. */
function* openPeriods(from: number, hours: OpeningHours, timeZone: string) {
  for (let offset = 0; offset < DAYS_AHEAD; offset++) {
    const day = localDay(from, timeZone, offset)
    const period = parseHours(hours[day.weekday])
    if (period) {
      yield { start: instantOf(day, period.open, timeZone), end: instantOf(day, period.close, timeZone) }
    }
  }
}

export type ReadyTimeInput = {
  from: Date
  hours: number
  /** True when staff do the work in the store (only open hours count). */
  workInStore: boolean
  openingHours: OpeningHours | null
  timeZone: string
}

/**
 * In-store work: the lead time counts only while the store is open (an order
 * placed at night is ready two hours after opening). Ship to store: transit
 * runs day and night, then the order is ready when the store is next open.
 * Stores without usable opening hours fall back to plain calendar time.
 */
export function readyTime({ from, hours, workInStore, openingHours, timeZone }: ReadyTimeInput): Date {
  const calendar = new Date(from.getTime() + hours * 3_600_000)
  if (!openingHours) {
    return calendar
  }
  if (!workInStore) {
    for (const period of openPeriods(calendar.getTime(), openingHours, timeZone)) {
      if (period.end > calendar.getTime()) {
        return new Date(Math.max(period.start, calendar.getTime()))
      }
    }
    return calendar
  }
  let remaining = hours * 3_600_000
  for (const period of openPeriods(from.getTime(), openingHours, timeZone)) {
    const start = Math.max(period.start, from.getTime())
    if (period.end <= start) {
      continue
    }
    if (period.end - start >= remaining) {
      return new Date(start + remaining)
    }
    remaining -= period.end - start
  }
  return calendar
}
