/**
 * The shopper's view of a pickup: received → being prepared → ready for pickup →
 * collected, or how it ended otherwise.
 */
import type { PickupStatus } from "./pickup-admin-api";

export type StepState = "done" | "current" | "todo";

const STEPS = [
  { status: "received", label: "Order received" },
  { status: "preparing", label: "Being prepared" },
  { status: "ready", label: "Ready for pickup" },
  { status: "collected", label: "Collected" },
] as const;

const ENDINGS: Partial<Record<PickupStatus, string>> = {
  rejected: "We could not prepare this order at the store, so it was cancelled and your payment released.",
  expired: "This order was not collected in time, so it was cancelled and your payment released.",
  cancelled: "This order was cancelled.",
};

export function pickupSteps(status: PickupStatus): { label: string; state: StepState }[] {
  const reached = STEPS.findIndex((step) => step.status === status);
  return STEPS.map((step, index) => ({
    label: step.label,
    state: reached === -1 || index > reached ? "todo" : index === reached && status !== "collected" ? "current" : "done",
  }));
}

/** For a pickup that ended without a collection: what happened, in the shopper's words. */
export function pickupEnding(status: PickupStatus, reason: string | null): string | null {
  const ending = ENDINGS[status];
  if (!ending) return null;
  return reason ? `${ending} Reason: ${reason}` : ending;
}
