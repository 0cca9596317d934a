/**
 * The Click & collect widget's opening-hours form: one row per day (closed, or
 * opens / closes), to and from the "10:00–19:00" / "closed" strings the backend
 * keeps. The backend validates again; this only shapes the form.
 */
export const DAYS = [
  ["mon", "Monday"],
  ["tue", "Tuesday"],
  ["wed", "Wednesday"],
  ["thu", "Thursday"],
  ["fri", "Friday"],
  ["sat", "Saturday"],
  ["sun", "Sunday"],
] as const

export type DayKey = (typeof DAYS)[number][0]
export type DayRow = { closed: boolean; opens: string; closes: string }
export type WeekRows = Record<DayKey, DayRow>

const pad = (time: string) => time.replace(/^(\d):/, "0$1:")

export function rowsOf(hours: Partial<Record<DayKey, string>> | null | undefined): WeekRows {
  const rows = {} as WeekRows
  for (const [key] of DAYS) {
    const text = hours?.[key]
    const match = text?.match(/^\s*(\d{1,2}:\d{2})\s*[-–—]\s*(\d{1,2}:\d{2})\s*$/)
    rows[key] = match ? { closed: false, opens: pad(match[1]), closes: pad(match[2]) } : { closed: !!text, opens: "10:00", closes: "19:00" }
  }
  return rows
}

export function hoursOf(rows: WeekRows): Record<DayKey, string> {
  const hours = {} as Record<DayKey, string>
  for (const [key] of DAYS) {
    const row = rows[key]
    hours[key] = row.closed ? "closed" : `${row.opens}-${row.closes}`
  }
  return hours
}

/** The zones the browser knows, with the current one kept even if it does not. */
export function timeZoneChoices(current: string): string[] {
  // ES2022's Intl.supportedValuesOf: the admin bundle's type library is ES2020, browsers have it.
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: "timeZone") => string[] }
  const known: string[] = typeof intl.supportedValuesOf === "function" ? intl.supportedValuesOf("timeZone") : []
  return known.includes(current) ? known : [current, ...known]
}
