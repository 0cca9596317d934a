import { beforeEach, describe, expect, it, vi } from "vitest";
import { TRY_AGAIN } from "../cart/backend-message";
import { PAY_AGAIN, placeOrder, type CompletionAnswer } from "./place-order";

const fetchError = (message: string, status: number) => Object.assign(new Error(message), { status });
const ORDER: CompletionAnswer = { type: "order", order: { id: "order_1", payment_collections: [{ status: "authorized" }] } };
const noPause = { sleep: async () => {} };

/** A fake `complete` that answers (or throws) each step in turn. */
function answers(...steps: (CompletionAnswer | Error)[]) {
  return vi.fn(async () => {
    const step = steps.shift();
    if (!step) throw new Error("called too often");
    if (step instanceof Error) throw step;
    return step;
  });
}

// Failures other than refusals are logged; the tests need not show them.
beforeEach(() => {
  vi.spyOn(console, "error").mockImplementation(() => {});
});

describe("placeOrder", () => {
  it("does not call an order without its payment placed: the shopper pays again", async () => {
    // What Medusa answered for a completion killed between the order and its payment.
    const unpaid: CompletionAnswer = { type: "order", order: { id: "order_1", payment_collections: [{ status: "not_paid" }] } };
    expect(await placeOrder(answers(unpaid), noPause)).toEqual({ kind: "unpaid", message: PAY_AGAIN });
    const noCollection: CompletionAnswer = { type: "order", order: { id: "order_1", payment_collections: [] } };
    expect(await placeOrder(answers(noCollection), noPause)).toEqual({ kind: "unpaid", message: PAY_AGAIN });
  });

  it("calls an order placed once its payment is authorised or captured", async () => {
    const captured: CompletionAnswer = { type: "order", order: { id: "order_2", payment_collections: [{ status: "completed" }] } };
    expect(await placeOrder(answers(captured), noPause)).toEqual({ kind: "placed", orderId: "order_2" });
  });

  it("returns the order when completion succeeds", async () => {
    expect(await placeOrder(answers(ORDER), noPause)).toEqual({ kind: "placed", orderId: "order_1" });
  });

  it("waits and asks again while another request completes the same cart", async () => {
    const complete = answers(fetchError("Cart is already being completed by another request", 409), ORDER);
    const sleep = vi.fn(async () => {});
    expect(await placeOrder(complete, { sleep, delaysMs: [10, 20] })).toEqual({ kind: "placed", orderId: "order_1" });
    expect(complete).toHaveBeenCalledTimes(2);
    expect(sleep).toHaveBeenCalledWith(10);
  });

  it("treats 'already completed' as busy, not as a failure", async () => {
    const complete = answers(fetchError("Cart cart_1 is already completed.", 400), ORDER);
    expect(await placeOrder(complete, noPause)).toEqual({ kind: "placed", orderId: "order_1" });
  });

  it("asks again after a lost answer, since the order may exist", async () => {
    const complete = answers(new TypeError("fetch failed"), fetchError("An unknown error occurred.", 500), ORDER);
    expect(await placeOrder(complete, noPause)).toEqual({ kind: "placed", orderId: "order_1" });
  });

  it("says the order is still being placed when the cart stays busy", async () => {
    const busy = () => fetchError("Cart is already being completed by another request", 409);
    const complete = answers(busy(), busy(), busy());
    expect(await placeOrder(complete, { ...noPause, delaysMs: [1, 1] })).toEqual({ kind: "still-processing" });
    expect(complete).toHaveBeenCalledTimes(3);
  });

  it("says the shop is unavailable when the backend stays down", async () => {
    const complete = answers(new TypeError("fetch failed"), new TypeError("fetch failed"));
    expect(await placeOrder(complete, { ...noPause, delaysMs: [1] })).toEqual({ kind: "unavailable", message: TRY_AGAIN });
  });

  it("passes on a refusal at once, without retrying", async () => {
    const complete = answers(fetchError("Variant variant_1 does not have the required inventory: not enough stock", 400));
    expect(await placeOrder(complete, noPause)).toEqual({
      kind: "refused",
      message: "Variant variant_1 does not have the required inventory: not enough stock",
    });
    expect(complete).toHaveBeenCalledTimes(1);
  });

  it("reports a declined payment", async () => {
    const complete = answers({ type: "cart", error: { message: "Your card was declined." } });
    expect(await placeOrder(complete, noPause)).toEqual({ kind: "payment-failed", message: "Your card was declined." });
  });
});
