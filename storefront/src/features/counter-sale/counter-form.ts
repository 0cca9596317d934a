/**
 * Pure helpers for the counter pages: what a posted form asks for, checked before
 * anything goes to the backend (which checks again).
 */
export type CounterAction =
  | { action: "add"; variant_id?: string; code?: string; quantity: string }
  | { action: "quantity"; line_id: string; quantity: string }
  | { action: "promo"; code: string; mode: "add" | "remove" }
  | { action: "customer"; email: string; first_name?: string; last_name?: string }
  | { action: "pay"; method: string; amount: string };

const text = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/** The action a form posted, or an error message for the till. */
export function readCounterAction(form: FormData): CounterAction | { error: string } {
  const action = text(form, "action");
  switch (action) {
    case "add": {
      const variant_id = text(form, "variant_id") || undefined;
      const code = text(form, "code") || undefined;
      if (!variant_id && !code) return { error: "Scan or type a SKU or barcode, or pick a product." };
      return { action, variant_id, code: variant_id ? undefined : code, quantity: text(form, "quantity") || "1" };
    }
    case "quantity":
      return { action, line_id: text(form, "line_id"), quantity: text(form, "quantity") };
    case "promo": {
      const code = text(form, "code");
      if (!code) return { error: "Type the promo code." };
      return { action, code, mode: text(form, "mode") === "remove" ? "remove" : "add" };
    }
    case "customer": {
      const email = text(form, "email");
      if (!email) return { error: "Type the customer's e-mail address." };
      return { action, email, first_name: text(form, "first_name") || undefined, last_name: text(form, "last_name") || undefined };
    }
    case "pay": {
      const amount = text(form, "amount").replace(",", ".");
      if (!amount) return { error: "Type the amount taken." };
      return { action, method: text(form, "method"), amount };
    }
    default:
      return { error: "Unknown action." };
  }
}

/** "3 on the shelf", "not tracked". */
export const shelfLabel = (inStore: number | null) => (inStore === null ? "stock not tracked" : `${inStore} on the shelf`);

export const money = (amount: string, currency: string) => `${amount} ${currency.toUpperCase()}`;
