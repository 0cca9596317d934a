/** Shared by the steps that build the order e-mails. */
/** A notification for Medusa's `sendNotificationsStep`. */
export type OrderEmail = {
  to: string
  channel: "email"
  template: string
  trigger_type: string
  resource_id: string
  resource_type: string
  idempotency_key: string
  data: Record<string, unknown>
}

export const num = (value: unknown) => Number(value ?? 0)

export const addressLines = (address: Record<string, any> | null | undefined): string[] =>
  address
    ? [
        [address.first_name, address.last_name].filter(Boolean).join(" "),
        address.address_1,
        address.address_2,
        [address.postal_code, address.city].filter(Boolean).join(" "),
        address.country_code?.toUpperCase(),
      ].filter((line): line is string => !!line)
    : []

