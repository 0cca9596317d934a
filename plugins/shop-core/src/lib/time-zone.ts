/**
 * A store's time zone: what every time shown about it (due times, opening hours,
 * receipts, e-mails) is written in. Its own setting (`metadata.time_zone`, edited in
 * the admin's Click & collect widget), else its country's, else UTC.
 */
const COUNTRY_TIME_ZONES: Record<string, string> = {
  fr: "Europe/Paris",
  gb: "Europe/London",
  de: "Europe/Berlin",
  es: "Europe/Madrid",
  it: "Europe/Rome",
  be: "Europe/Brussels",
  nl: "Europe/Amsterdam",
}

/** A store's IANA time zone: its own setting, else its country's, else UTC. */
export function timeZoneOf(explicit: unknown, countryCode: string | null | undefined): string {
  if (typeof explicit === "string" && isTimeZone(explicit)) {
    return explicit
  }
  return COUNTRY_TIME_ZONES[countryCode?.toLowerCase() ?? ""] ?? "UTC"
}

/** True for a zone name the runtime knows ("Europe/Paris"), false for anything else. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: name })
    return true
  } catch {
    return false
  }
}
