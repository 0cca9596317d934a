/**
 * Times on the staff pages, in the store's own time zone and saying which: a Lyon
 * pickup due at 14:55 UTC reads "Due Mon 7 Dec, 15:55 (Paris time)". The zone comes
 * from the staff session's store (`time_zone`, set in the admin's Click & collect widget).
 */

/** "Europe/Paris" → "Paris time", "America/New_York" → "New York time", "UTC" → "UTC". */
export function zoneLabel(timeZone: string | null | undefined): string {
  if (!timeZone || timeZone === "UTC" || timeZone === "Etc/UTC") return "UTC";
  return `${timeZone.split("/").pop()!.replace(/_/g, " ")} time`;
}

const validZone = (timeZone: string | null | undefined): string => {
  if (!timeZone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
};

const parse = (iso: string | Date | null | undefined): Date | undefined => {
  if (!iso) return undefined;
  const date = iso instanceof Date ? iso : new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

/** "15:55" in the store's zone (no zone named: for places that name it once nearby). */
export function storeClock(iso: string | Date | null | undefined, timeZone: string | null | undefined): string {
  const date = parse(iso);
  if (!date) return "—";
  return date.toLocaleTimeString("en-GB", { timeZone: validZone(timeZone), hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
}

/** "Mon 7 Dec, 15:55 (Paris time)"; "—" when there is no time. */
export function storeDateTime(iso: string | Date | null | undefined, timeZone: string | null | undefined): string {
  const date = parse(iso);
  if (!date) return "—";
  const zone = validZone(timeZone);
  const day = date.toLocaleDateString("en-GB", { timeZone: zone, weekday: "short", day: "numeric", month: "short" });
  return `${day}, ${storeClock(date, zone)} (${zoneLabel(zone)})`;
}

/** "Mon 7 Dec 2026 (Paris time)": a date alone, as the store's calendar has it. */
export function storeDate(iso: string | Date | null | undefined, timeZone: string | null | undefined): string {
  const date = parse(iso);
  if (!date) return "—";
  const zone = validZone(timeZone);
  return `${date.toLocaleDateString("en-GB", { timeZone: zone, weekday: "short", day: "numeric", month: "short", year: "numeric" })} (${zoneLabel(zone)})`;
}
