import { button, codeBlock, layout, list, paragraph, type Email, type Part } from "./layout"
import { formatDateTime, formatMoney, oneLine, type Address } from "./format"

type Data = Record<string, any>
type Context = { storefrontUrl: string }

const greeting = (data: Data) => paragraph(data.customer_first_name ? `Hello ${data.customer_first_name},` : "Hello,")

const storeLines = (store: Data | undefined): Part[] =>
  store ? [paragraph(`${store.name}${oneLine(store.address as Address) ? `, ${oneLine(store.address as Address)}` : ""}`)] : []

const orderLink = (data: Data, context: Context) =>
  data.order_id ? [button("See your order", `${context.storefrontUrl}/account/orders/${data.order_id}`)] : []

/** One template per notification `template` name. Every secret it shows arrived sealed. */
const templates: Record<string, (data: Data, context: Context) => Email> = {
  "password-reset": (data) => {
    const staff = data.actor_type === "staff"
    const subject = staff ? "Set your Fairmade staff password" : "Reset your Fairmade password"
    return layout(subject, [
      paragraph(
        staff
          ? `A password for the staff account ${data.email} was requested. Choose it with the button below; the link works once, for 15 minutes.`
          : `Someone (we hope you) asked to reset the password of ${data.email}. The link works once, for 15 minutes.`,
      ),
      button(staff ? "Set my password" : "Choose a new password", data.reset_url),
      paragraph("If you did not ask for this, ignore this e-mail: your password stays as it is."),
    ])
  },

  "pickup-ready": (data, context) =>
    layout(`Order #${data.order_display_id} is ready to collect`, [
      greeting(data),
      paragraph("Your order is waiting for you at:"),
      ...storeLines(data.store),
      codeBlock("Show this collection code at the till", data.pickup_code),
      ...(data.expires_at
        ? [paragraph(`We keep it until ${formatDateTime(data.expires_at, data.store?.time_zone)}.`)]
        : []),
      ...(data.store?.instructions ? [paragraph(data.store.instructions)] : []),
      ...orderLink(data, context),
    ]),

  "pickup-short-picked": (data, context) =>
    layout(`Order #${data.order_display_id}: some items are missing`, [
      greeting(data),
      paragraph("We could not find everything for your order. These items were taken off and refunded:"),
      list(((data.missing_items as Data[]) ?? []).map((item) => `${item.missing_quantity} × ${item.title}`)),
      ...(data.short_pick_reason ? [paragraph(`Why: ${data.short_pick_reason}`)] : []),
      paragraph("We will tell you when the rest is ready to collect."),
      ...orderLink(data, context),
    ]),

  "pickup-rejected": (data, context) =>
    layout(`Order #${data.order_display_id} cannot be collected`, [
      greeting(data),
      paragraph(`We are sorry: the store cannot prepare your order${data.reason ? ` (${data.reason})` : ""}. Your payment is refunded.`),
      ...orderLink(data, context),
    ]),

  "pickup-expired": (data, context) =>
    layout(`Order #${data.order_display_id} was not collected`, [
      greeting(data),
      paragraph("Your order waited for you until the end of its hold period and has been cancelled; your payment is refunded."),
      ...orderLink(data, context),
    ]),

  "store-return-booked": (data, context) => {
    const where = data.store ? `${data.store.name}${data.store.address ? `, ${data.store.address}` : ""}` : "the store"
    const steps =
      data.method === "mail"
        ? `Pack the items, write this code on the parcel and post it to ${where}. We refund the original payment once the parcel is received and checked.`
        : `Bring the items and this code (or the QR code in your account) to ${where} within the return window. Staff check them at the counter and refund the original payment there.`
    return layout(`Your return for order #${data.order_display_id}`, [
      paragraph("Your return is booked."),
      codeBlock("Return code", data.return_code),
      paragraph(steps),
      button("See your return", `${context.storefrontUrl}/account/returns/${data.store_return_id}`),
    ])
  },

  "store-return-receipt": (data) => {
    const receipt = (data.receipt ?? {}) as Data
    const lines = ((receipt.visits as Data[]) ?? []).flatMap((visit) =>
      ((visit.lines as Data[]) ?? []).map((line) => `${line.quantity} × ${line.title ?? line.item_id}${line.condition ? ` (${line.condition})` : ""}`),
    )
    return layout(`Return receipt for order #${receipt.order_display_id}`, [
      paragraph(receipt.store ? `Received at ${receipt.store.name}.` : "Your return was received."),
      list(lines),
      paragraph(`Refunded: ${formatMoney(receipt.refunded_amount, receipt.currency_code)}.`),
      ...(Number(receipt.pending_refund_amount) > 0
        ? [paragraph(`Still owed to you: ${formatMoney(receipt.pending_refund_amount, receipt.currency_code)}. We are on it.`)]
        : []),
    ])
  },
  // To the shop's own inbox: a message sent with the contact form (shown as text, never as HTML).
  "contact-message": (data) =>
    layout(`Contact form: ${data.topic ?? "other"} — ${data.name}`, [
      paragraph(`From: ${data.name} <${data.email}>`),
      ...(data.order_reference ? [paragraph(`Order: ${data.order_reference}`)] : []),
      ...String(data.message ?? "").split(/\n{2,}/).map((part) => paragraph(part)),
      paragraph(`Reply to ${data.email}. Message ${data.contact_message_id}.`),
    ]),

  // Reviews plugin: the one-click link arrives sealed (review_token) and is opened only here.
  "review-request": (data, context) =>
    layout(`How do you like what you ${data.received_by === "collection" ? "collected" : "received"}? (order #${data.order_display_id})`, [
      greeting(data),
      paragraph("Tell other shoppers what you think: a rating and a few words are enough. Your review shows as a verified purchase."),
      list(((data.products as Data[]) ?? []).map((product) => String(product.title))),
      button("Write a review", `${context.storefrontUrl}/reviews/new?token=${encodeURIComponent(String(data.review_token))}`),
    ]),
}

/** Renders a notification; an unknown template is refused rather than sent blank. */
export function renderEmail(template: string, data: Data, context: Context): Email {
  const render = templates[template]
  if (!render) throw new Error(`No e-mail template "${template}".`)
  return render(data, context)
}

export const EMAIL_TEMPLATES = Object.keys(templates)
