/**
 * Progressive enhancement of the add-to-cart forms: with JavaScript the form is sent in
 * the background, the answer is shown next to the button and the header's count goes
 * up, without leaving the page. Anything unexpected falls back to the plain POST.
 */
import { cartLinkLabel } from "./cart-count";

interface AddToCartAnswer {
  ok: boolean;
  message: string;
  itemCount?: number;
}

function showCount(itemCount: number): void {
  for (const count of document.querySelectorAll<HTMLElement>("[data-cart-count]")) count.textContent = String(itemCount);
  for (const link of document.querySelectorAll<HTMLElement>("[data-cart-link]")) {
    link.setAttribute("aria-label", cartLinkLabel(itemCount));
  }
}

function viewCartLink(): HTMLAnchorElement {
  const link = document.createElement("a");
  link.href = "/cart";
  link.textContent = "View cart";
  return link;
}

async function send(form: HTMLFormElement): Promise<AddToCartAnswer> {
  const response = await fetch(form.action, {
    method: "POST",
    body: new FormData(form),
    headers: { accept: "application/json" },
  });
  if (!response.headers.get("content-type")?.includes("application/json")) throw new Error("Not a cart answer");
  return (await response.json()) as AddToCartAnswer;
}

const inFlight = new WeakSet<HTMLFormElement>();

document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.matches("[data-add-to-cart]")) return;
  event.preventDefault();
  // A set, not `button.disabled`: the form may sit in a React island that has not
  // hydrated yet, and a changed attribute would make its hydration fail.
  if (inFlight.has(form)) return;
  inFlight.add(form);
  const status = form.querySelector<HTMLElement>("[data-add-to-cart-status]");
  try {
    const answer = await send(form);
    if (status) {
      status.textContent = answer.message;
      status.dataset.outcome = answer.ok ? "success" : "error";
      if (answer.ok) status.append(" ", viewCartLink());
    }
    if (answer.ok && answer.itemCount !== undefined) showCount(answer.itemCount);
    // Recommendations listen for this (and report it only with the shopper's consent).
    if (answer.ok) {
      const productId = new FormData(form).get("product_id");
      document.dispatchEvent(new CustomEvent("fairmade:add-to-cart", { detail: { productId } }));
    }
  } catch {
    form.submit();
  } finally {
    inFlight.delete(form);
  }
});
