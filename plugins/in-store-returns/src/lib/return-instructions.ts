import { oneLineAddress, type ReturnLocation } from "./return-locations"

/** What the shopper does next, in words the storefront shows as is. */
export function returnInstructions(method: string, code: string, location: ReturnLocation | null): string {
  const where = location ? `${location.name}, ${oneLineAddress(location)}` : "the store"
  if (method === "mail") {
    return `Pack the items, write ${code} on the parcel and post it to ${where}. We refund the original payment once the parcel is received and checked.`
  }
  if (method === "drop_at_store") {
    return `Bring the items and this code (${code}, or its QR code) to ${where} within the return window. Staff check them at the counter and refund the original payment there.`
  }
  return `Received at ${where}. The refund goes to the original payment.`
}
