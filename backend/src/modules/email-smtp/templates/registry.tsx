/**
 * Every e-mail the shop sends, by the notification's `template` name: its subject and
 * its React Email component (the plain-text part is rendered from the same component).
 * A template that shows a counter code names it in `qrCode`: the provider attaches
 * the code's QR image and passes its `cid:` address as `qrSrc`.
 * Every secret a template shows (links, codes) arrived sealed and was opened by the
 * provider just before rendering.
 */
import type { ReactElement } from "react"
import { Action, AmountRows, CodeBlock, Divider, EmailLayout, Lines, List, P, Subheading } from "./components"
import { formatDateTime, formatMoney, oneLine, openingHoursLines, type Address } from "./format"

export type Data = Record<string, any>
export type Context = { storefrontUrl: string }
export type TemplateProps = { data: Data; context: Context; qrSrc?: string }

export type EmailTemplate = {
  subject: (data: Data) => string
  Component: (props: TemplateProps) => ReactElement
  /** The counter code to attach as a QR image, when the e-mail carries one. */
  qrCode?: (data: Data) => string | undefined
}

const Greeting = ({ data }: { data: Data }) => <P>{data.customer_first_name ? `Hello ${data.customer_first_name},` : "Hello,"}</P>

const orderUrl = (data: Data, context: Context) => `${context.storefrontUrl}/account/orders/${data.order_id}`

const OrderLink = ({ data, context }: { data: Data; context: Context }) =>
  data.order_id ? <Action label="See your order" href={orderUrl(data, context)} /> : <></>

/** Store name, address, opening hours (in the store's time zone, named). */
const StoreDetails = ({ store, withHours = false }: { store?: Data | null; withHours?: boolean }) => {
  if (!store) return <></>
  const address = typeof store.address === "string" ? store.address : oneLine(store.address as Address)
  const hours = withHours ? openingHoursLines(store.opening_hours, store.time_zone) : []
  return (
    <>
      <Lines lines={[store.name, ...(address ? [address] : [])].filter(Boolean)} />
      {hours.length > 0 && <Lines lines={hours} />}
    </>
  )
}

const heldUntil = (data: Data) => formatDateTime(data.expires_at, data.store?.time_zone)

const itemLabel = (item: Data) =>
  `${item.quantity} × ${item.title}${item.variant_title && item.variant_title !== "Default" && item.variant_title !== item.title ? ` (${item.variant_title})` : ""}`

const templates: Record<string, EmailTemplate> = {
  "password-reset": {
    subject: (data) => (data.actor_type === "staff" ? "Set your Fairmade staff password" : "Reset your Fairmade password"),
    Component: ({ data }) => {
      const staff = data.actor_type === "staff"
      return (
        <EmailLayout title={staff ? "Set your Fairmade staff password" : "Reset your Fairmade password"}>
          <P>
            {staff
              ? `A password for the staff account ${data.email} was requested. Choose it with the button below; the link works once, for 15 minutes.`
              : `Someone (we hope you) asked to reset the password of ${data.email}. The link works once, for 15 minutes.`}
          </P>
          <Action label={staff ? "Set my password" : "Choose a new password"} href={data.reset_url} />
          <P>If you did not ask for this, ignore this e-mail: your password stays as it is.</P>
        </EmailLayout>
      )
    },
  },

  "customer-email-verification": {
    subject: () => "Confirm your e-mail address",
    Component: ({ data }) => (
      <EmailLayout title="Confirm your e-mail address">
        <Greeting data={data} />
        <P>{`Please confirm that ${data.email} is yours. Once it is, the orders you placed as a guest with this address appear in your account.`}</P>
        <Action label="Confirm my e-mail address" href={data.verify_url} />
        <P>If you did not create a Fairmade account, ignore this e-mail.</P>
      </EmailLayout>
    ),
  },

  "order-confirmation": {
    subject: (data) => `Thank you for your order #${data.order_display_id}`,
    Component: ({ data, context }) => {
      const money = (amount: unknown) => formatMoney(amount, data.currency_code)
      const totals = (data.totals ?? {}) as Data
      const collection = data.fulfilment?.method === "collection"
      const rows = [
        ...((data.items as Data[]) ?? []).map((item) => ({ label: itemLabel(item), amount: money(item.total) })),
        { label: "Items", amount: money(totals.item_subtotal) },
        ...(Number(totals.discount) > 0 ? [{ label: "Discount", amount: `−${money(totals.discount)}` }] : []),
        { label: collection ? "Collection in store" : `Delivery${data.fulfilment?.option_name ? ` (${data.fulfilment.option_name})` : ""}`, amount: Number(totals.shipping) > 0 ? money(totals.shipping) : "Free" },
        { label: "Total paid", amount: money(totals.total), strong: true },
        ...(Number(totals.tax) > 0 ? [{ label: "Of which VAT", amount: money(totals.tax) }] : []),
      ]
      return (
        <EmailLayout title={`Thank you for your order #${data.order_display_id}`}>
          <Greeting data={data} />
          <P>{collection ? "We have your order and are getting it ready in the store." : "We have your order and are getting it ready to ship."}</P>
          <Subheading>Your order</Subheading>
          <AmountRows rows={rows} />
          {collection ? (
            <>
              <Subheading>Collect it at</Subheading>
              <StoreDetails store={data.fulfilment.store} withHours />
              <P>
                {data.fulfilment.ready_by
                  ? `It should be ready ${formatDateTime(data.fulfilment.ready_by, data.fulfilment.store?.time_zone)}. We will e-mail you your collection code as soon as it is.`
                  : "We will e-mail you your collection code as soon as it is ready."}
              </P>
            </>
          ) : (
            <>
              <Subheading>Delivery to</Subheading>
              <Lines lines={(data.fulfilment?.address_lines as string[]) ?? []} />
              <P>We will e-mail you the tracking number when the parcel leaves our workshop.</P>
            </>
          )}
          <OrderLink data={data} context={context} />
        </EmailLayout>
      )
    },
  },

  "order-shipped": {
    subject: (data) => `Order #${data.order_display_id} is on its way`,
    Component: ({ data, context }) => (
      <EmailLayout title={`Order #${data.order_display_id} is on its way`}>
        <Greeting data={data} />
        <P>Your parcel has left our workshop.</P>
        {((data.items as Data[]) ?? []).length > 0 && <List items={(data.items as Data[]).map(itemLabel)} />}
        {((data.tracking as Data[]) ?? []).map((label, index) => (
          <div key={index}>
            <P>{`Tracking number: ${label.number}`}</P>
            {label.url && <Action label="Track your parcel" href={label.url} />}
          </div>
        ))}
        {((data.address_lines as string[]) ?? []).length > 0 && (
          <>
            <Subheading>Delivery to</Subheading>
            <Lines lines={data.address_lines} />
          </>
        )}
        <OrderLink data={data} context={context} />
      </EmailLayout>
    ),
  },

  "pickup-ready": {
    subject: (data) => `Order #${data.order_display_id} is ready to collect`,
    qrCode: (data) => data.pickup_code,
    Component: ({ data, context, qrSrc }) => (
      <EmailLayout title={`Order #${data.order_display_id} is ready to collect`}>
        <Greeting data={data} />
        <P>Your order is waiting for you at:</P>
        <StoreDetails store={data.store} withHours />
        <CodeBlock label="Show this collection code at the till" code={data.pickup_code} qrSrc={qrSrc} />
        {data.expires_at && <P>{`We keep it until ${heldUntil(data)}.`}</P>}
        {data.store?.instructions && <P>{data.store.instructions}</P>}
        <OrderLink data={data} context={context} />
      </EmailLayout>
    ),
  },

  "pickup-reminder": {
    subject: (data) => `Reminder: order #${data.order_display_id} is waiting for you`,
    qrCode: (data) => data.pickup_code,
    Component: ({ data, context, qrSrc }) => (
      <EmailLayout title={`Order #${data.order_display_id} is waiting for you`}>
        <Greeting data={data} />
        <P>{`Your order is still waiting at ${data.store?.name ?? "the store"}. We keep it until ${heldUntil(data)}; after that it goes back on the shelf and you are refunded.`}</P>
        <StoreDetails store={data.store} withHours />
        {data.pickup_code && <CodeBlock label="Show this collection code at the till" code={data.pickup_code} qrSrc={qrSrc} />}
        <OrderLink data={data} context={context} />
      </EmailLayout>
    ),
  },

  "pickup-short-picked": {
    subject: (data) => `Order #${data.order_display_id}: some items are missing`,
    Component: ({ data, context }) => (
      <EmailLayout title={`Order #${data.order_display_id}: some items are missing`}>
        <Greeting data={data} />
        <P>We could not find everything for your order. These items were taken off and refunded:</P>
        <List items={((data.missing_items as Data[]) ?? []).map((item) => `${item.missing_quantity} × ${item.title}`)} />
        {data.short_pick_reason && <P>{`Why: ${data.short_pick_reason}`}</P>}
        <P>We will tell you when the rest is ready to collect.</P>
        <OrderLink data={data} context={context} />
      </EmailLayout>
    ),
  },

  "pickup-rejected": {
    subject: (data) => `Order #${data.order_display_id} cannot be collected`,
    Component: ({ data, context }) => (
      <EmailLayout title={`Order #${data.order_display_id} cannot be collected`}>
        <Greeting data={data} />
        <P>{`We are sorry: the store cannot prepare your order${data.reason ? ` (${data.reason})` : ""}. Your payment is refunded.`}</P>
        <OrderLink data={data} context={context} />
      </EmailLayout>
    ),
  },

  "pickup-expired": {
    subject: (data) => `Order #${data.order_display_id} was not collected`,
    Component: ({ data, context }) => (
      <EmailLayout title={`Order #${data.order_display_id} was not collected`}>
        <Greeting data={data} />
        <P>
          {`Your order waited for you at ${data.store?.name ?? "the store"}${data.expires_at ? ` until ${heldUntil(data)}` : ""}, the end of its hold period, and has been cancelled; your payment is refunded.`}
        </P>
        <OrderLink data={data} context={context} />
      </EmailLayout>
    ),
  },

  "store-return-booked": {
    subject: (data) => `Your return for order #${data.order_display_id}`,
    qrCode: (data) => data.return_code,
    Component: ({ data, context, qrSrc }) => {
      const where = data.store ? `${data.store.name}${data.store.address ? `, ${data.store.address}` : ""}` : "the store"
      return (
        <EmailLayout title={`Your return for order #${data.order_display_id}`}>
          <P>Your return is booked.</P>
          <CodeBlock label="Return code" code={data.return_code} qrSrc={data.method === "mail" ? undefined : qrSrc} />
          <P>
            {data.method === "mail"
              ? `Pack the items, write this code on the parcel and post it to ${where}. We refund the original payment once the parcel is received and checked.`
              : `Bring the items and this code (or its QR code) to ${where} within the return window. Staff check them at the counter and refund the original payment there.`}
          </P>
          <Action label="See your return" href={`${context.storefrontUrl}/account/returns/${data.store_return_id}`} />
        </EmailLayout>
      )
    },
  },

  "store-return-receipt": {
    subject: (data) => `Return receipt for order #${data.receipt?.order_display_id}`,
    Component: ({ data }) => {
      const receipt = (data.receipt ?? {}) as Data
      const lines = ((receipt.visits as Data[]) ?? []).flatMap((visit) =>
        ((visit.lines as Data[]) ?? []).map((line) => `${line.quantity} × ${line.title ?? line.item_id}${line.condition ? ` (${line.condition})` : ""}`),
      )
      return (
        <EmailLayout title={`Return receipt for order #${receipt.order_display_id}`}>
          <P>{receipt.store ? `Received at ${receipt.store.name}.` : "Your return was received."}</P>
          <List items={lines} />
          <P>{`Refunded: ${formatMoney(receipt.refunded_amount, receipt.currency_code)}.`}</P>
          {Number(receipt.pending_refund_amount) > 0 && (
            <P>{`Still owed to you: ${formatMoney(receipt.pending_refund_amount, receipt.currency_code)}. We are on it.`}</P>
          )}
        </EmailLayout>
      )
    },
  },

  "refund-issued": {
    subject: (data) => `Refund of ${formatMoney(data.amount, data.currency_code)} for order #${data.order_display_id}`,
    Component: ({ data, context }) => (
      <EmailLayout title={`We refunded ${formatMoney(data.amount, data.currency_code)}`}>
        <Greeting data={data} />
        <P>{`We refunded ${formatMoney(data.amount, data.currency_code)} for order #${data.order_display_id} to your original payment method.`}</P>
        {data.reason && <P>{`Why: ${data.reason}`}</P>}
        {data.note && <P>{data.note}</P>}
        <P muted>Depending on your bank, it can take a few working days to show on your statement.</P>
        <Divider />
        <OrderLink data={data} context={context} />
      </EmailLayout>
    ),
  },

  // To the shop's own inbox: a message sent with the contact form (shop-content), shown as text, never as HTML.
  "contact-message": {
    subject: (data) => `Contact form: ${data.topic ?? "other"} — ${data.name}`,
    Component: ({ data }) => (
      <EmailLayout title={`Contact form: ${data.topic ?? "other"} — ${data.name}`}>
        <P>{`From: ${data.name} <${data.email}>`}</P>
        {data.order_reference ? <P>{`Order: ${data.order_reference}`}</P> : <></>}
        {String(data.message ?? "")
          .split(/\n{2,}/)
          .map((part, index) => (
            <P key={index}>{part}</P>
          ))}
        <P muted>{`Reply to ${data.email}. Message ${data.contact_message_id}.`}</P>
      </EmailLayout>
    ),
  },

  // Reviews plugin: the one-click link arrives sealed (review_token) and is opened only by the provider.
  "review-request": {
    subject: (data) => `How do you like what you ${data.received_by === "collection" ? "collected" : "received"}? (order #${data.order_display_id})`,
    Component: ({ data, context }) => (
      <EmailLayout title={`How do you like what you ${data.received_by === "collection" ? "collected" : "received"}? (order #${data.order_display_id})`}>
        <Greeting data={data} />
        <P>Tell other shoppers what you think: a rating and a few words are enough. Your review shows as a verified purchase.</P>
        <List items={((data.products as Data[]) ?? []).map((product) => String(product.title))} />
        <Action label="Write a review" href={`${context.storefrontUrl}/reviews/new?token=${encodeURIComponent(String(data.review_token))}`} />
      </EmailLayout>
    ),
  },
}

export const templateOf = (name: string): EmailTemplate | undefined => templates[name]

export const EMAIL_TEMPLATES = Object.keys(templates)
