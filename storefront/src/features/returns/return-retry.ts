import type { StoreReturn } from "./return-types";

/** What the staff return page offers to finish: why, and the button's words. */
export type RetryOffer = { why: string; button: string };

/**
 * A return whose counter visit or refund did not finish (the backend stopped mid-way, or
 * the payment provider refused) can be finished from where it stopped with the refund
 * route; staff see why and a "Retry" button. Nothing to retry otherwise.
 */
export function retryOffer(
  storeReturn: Pick<StoreReturn, "status" | "pending_refund_amount" | "refund_error">,
  money: (amount: number) => string,
): RetryOffer | null {
  switch (storeReturn.status) {
    case "receiving":
      return {
        why: "The last receipt of this return was interrupted before it finished. Retry finishes it (or undoes it if nothing was received), and refunds what is owed, once.",
        button: "Retry: finish the receipt",
      };
    case "received":
    case "refund_pending":
      return {
        why: `${money(storeReturn.pending_refund_amount)} is owed and has not been refunded yet.`,
        button: "Retry the refund",
      };
    case "refund_failed":
      return {
        why: `${money(storeReturn.pending_refund_amount)} could not be refunded yet: ${storeReturn.refund_error ?? "the payment provider refused."}`,
        button: "Retry the refund",
      };
    default:
      return null;
  }
}
