import type { APIRoute } from "astro";
import { isNotFoundError } from "../../../../lib/backend-errors";
import { deleteAddress, makeDefaultShippingAddress } from "../../../../features/account/addresses/addresses-api";
import { withNotice, type NoticeKey } from "../../../../features/account/notices";
import { requireCustomer } from "../../../../features/account/session/session";

const ACTIONS = {
  delete: { run: deleteAddress, notice: "address-deleted" },
  "make-default": { run: makeDefaultShippingAddress, notice: "default-address" },
} satisfies Record<string, { run: (id: string, headers: Record<string, string>) => Promise<void>; notice: NoticeKey }>;

/** The address book's buttons: delete an address, or make it the default for delivery. */
export const POST: APIRoute = async (context) => {
  const signedIn = await requireCustomer({ cookies: context.cookies, url: new URL("/account/addresses", context.url) });
  if (signedIn instanceof Response) return signedIn;

  const form = await context.request.formData().catch(() => new FormData());
  const intent = String(form.get("intent"));
  if (!Object.hasOwn(ACTIONS, intent)) return new Response("Unknown action", { status: 400 });
  const action = ACTIONS[intent as keyof typeof ACTIONS];
  try {
    await action.run(context.params.id ?? "", signedIn.headers);
  } catch (error) {
    // Already deleted (a second click, another tab): the list shows how things stand.
    if (!isNotFoundError(error)) throw error;
    return context.redirect("/account/addresses", 303);
  }
  return context.redirect(withNotice("/account/addresses", action.notice), 303);
};
