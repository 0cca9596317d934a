/**
 * What a shopper is told when the backend refuses a cart or checkout request. Medusa's
 * 4xx messages are written for people ("Some variant does not have the required
 * inventory", "WELCOME10 expired on …") and are shown as they are; anything else (5xx,
 * backend unreachable) gets a generic line, never the error's own text.
 */
import { statusOf } from "../../lib/backend-errors";

export const TRY_AGAIN = "We couldn't reach the shop just now. Please try again in a moment.";

/** The backend's message for a 4xx answer, or undefined for any other failure. */
export function refusalMessage(error: unknown): string | undefined {
  const status = statusOf(error);
  if (status === undefined || status < 400 || status >= 500) return undefined;
  const message = error instanceof Error ? error.message.trim() : "";
  return message || undefined;
}

/** The words for the shopper. Anything but a refusal is logged: a bug or an outage to look into. */
export function shopperMessage(error: unknown): string {
  const refusal = refusalMessage(error);
  if (refusal) return refusal;
  console.error("Backend request failed:", error);
  return TRY_AGAIN;
}
