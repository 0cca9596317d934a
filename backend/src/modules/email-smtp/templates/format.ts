/** A date and time as the shopper reads it: in the store's time zone when known. */
export function formatDateTime(value: unknown, timeZone?: string | null): string | null {
  if (!value) return null
  const date = new Date(value as string)
  if (Number.isNaN(date.getTime())) return null
  const text = new Intl.DateTimeFormat("en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: timeZone || "UTC",
  }).format(date)
  return `${text} (${timeZone ? zoneName(timeZone) : "UTC"} time)`
}

/** Medusa amounts (major units, e.g. 12.5) to "€12.50". */
export function formatMoney(amount: unknown, currencyCode: unknown): string {
  const value = Number(amount ?? 0)
  const currency = String(currencyCode ?? "eur").toUpperCase()
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(value)
}

export type Address = { address_1?: string | null; postal_code?: string | null; city?: string | null } | null | undefined

export const oneLine = (address: Address) =>
  [address?.address_1, [address?.postal_code, address?.city].filter(Boolean).join(" ")].filter(Boolean).join(", ")

const WEEKDAYS: [string, string][] = [
  ["mon", "Monday"],
  ["tue", "Tuesday"],
  ["wed", "Wednesday"],
  ["thu", "Thursday"],
  ["fri", "Friday"],
  ["sat", "Saturday"],
  ["sun", "Sunday"],
]

/** "Opening hours (Paris time):", "Monday: 10:00-19:00", … from the store settings. */
export function openingHoursLines(hours: Record<string, string> | null | undefined, timeZone?: string | null): string[] {
  if (!hours || Object.keys(hours).length === 0) return []
  return [
    `Opening hours${timeZone ? ` (${zoneName(timeZone)} time)` : ""}:`,
    ...WEEKDAYS.filter(([key]) => hours[key]).map(([key, day]) => `${day}: ${hours[key] === "closed" ? "closed" : hours[key]}`),
  ]
}

/** "Europe/Paris" → "Paris". */
export const zoneName = (timeZone: string) => timeZone.split("/").pop()!.replace(/_/g, " ")
