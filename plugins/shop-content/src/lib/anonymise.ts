/** What stays of a customer's name and street on their kept orders. */
export type AddressFields = {
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  phone: string | null
}

export const ANONYMOUS_ADDRESS: AddressFields = {
  first_name: "Deleted",
  last_name: "customer",
  company: null,
  address_1: null,
  address_2: null,
  phone: null,
}

/** A unique address that reaches nobody (.invalid is reserved, RFC 2606). */
export const anonymisedEmail = (id: string) => `deleted-${id.toLowerCase()}@anonymised.invalid`
