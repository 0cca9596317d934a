/**
 * Completing the cart, safely repeatable. Medusa locks a cart while completing it: a
 * second request at the same time (double click, Stripe's webhook racing the shopper's
 * return) gets 409 "already being completed", and completing a cart that already has
 * its order answers with that order. So any answer that means "busy" or "unsure" is
 * retried after a pause until the order shows up; never shown as a failure, and never a
 * second order.
 */
import { isUnreachable, statusOf } from "../../lib/backend-errors";
import { shopperMessage } from "../cart/backend-message";

export type CompletionAnswer =
  | { type: "order"; order: { id: string; payment_collections?: { status?: string | null }[] | null } }
  | { type: "cart"; error?: { message?: string } | null };

/** The fields of the order the completion answer must carry for `placeOrder` to judge it. */
export const COMPLETED_ORDER_FIELDS = "id,payment_collections.status";

// Payment collection statuses with no money promised: an order with only these is not placed.
const UNPAID = new Set(["not_paid", "awaiting", "canceled", "failed", "requires_action"]);

/**
 * Whether the order has its payment (authorised or captured). A completion cut short
 * between the order and its payment used to answer with the order all the same.
 */
export function hasPayment(order: Extract<CompletionAnswer, { type: "order" }>["order"]): boolean {
  return (order.payment_collections ?? []).some((collection) => !!collection?.status && !UNPAID.has(collection.status));
}

export const PAY_AGAIN = "Your payment was not completed, so your order was not placed. Please pay again.";

export type PlaceOrderOutcome =
  | { kind: "placed"; orderId: string }
  /** The cart cannot become an order as it is (stock, address…): the shopper must change something. */
  | { kind: "refused"; message: string }
  /** The payment provider declined or needs more from the shopper. */
  | { kind: "payment-failed"; message: string }
  /** An order came back without its payment: it is not shown as placed, the shopper pays again. */
  | { kind: "unpaid"; message: string }
  /** Another request is still completing this cart: the order will be there in a moment. */
  | { kind: "still-processing" }
  | { kind: "unavailable"; message: string };

export const RETRY_DELAYS_MS = [300, 700, 1500, 2500, 4000];

const BUSY = /already being completed|already (been )?completed/i;

type Retry = "busy" | "unsure" | undefined;

function retryReason(error: unknown): Retry {
  const status = statusOf(error);
  const message = error instanceof Error ? error.message : "";
  if (status === 409 || (status !== undefined && status < 500 && BUSY.test(message))) return "busy";
  // The order may have been created before the answer was lost: asking again is safe.
  if (isUnreachable(error) || (status !== undefined && status >= 500)) return "unsure";
  return undefined;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function placeOrder(
  complete: () => Promise<CompletionAnswer>,
  { delaysMs = RETRY_DELAYS_MS, sleep = pause }: { delaysMs?: readonly number[]; sleep?: (ms: number) => Promise<void> } = {},
): Promise<PlaceOrderOutcome> {
  for (let attempt = 0; ; attempt++) {
    let answer: CompletionAnswer;
    try {
      answer = await complete();
    } catch (error) {
      const reason = retryReason(error);
      if (!reason) return { kind: "refused", message: shopperMessage(error) };
      const delay = delaysMs[attempt];
      if (delay === undefined) {
        return reason === "busy" ? { kind: "still-processing" } : { kind: "unavailable", message: shopperMessage(error) };
      }
      await sleep(delay);
      continue;
    }
    if (answer.type === "order") {
      return hasPayment(answer.order) ? { kind: "placed", orderId: answer.order.id } : { kind: "unpaid", message: PAY_AGAIN };
    }
    return { kind: "payment-failed", message: answer.error?.message || "The payment was not accepted." };
  }
}
