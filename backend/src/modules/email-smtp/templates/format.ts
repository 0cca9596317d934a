/** A date and time as the shopper reads it: in the store's time zone when known. */
export function formatDateTime(value: unknown, timeZone?: string | null): string | null {
  if (!value) return null
  const date = new Date(value as string)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat("en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    ...(timeZone ? { timeZone } : {}),
  }).format(date)
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
