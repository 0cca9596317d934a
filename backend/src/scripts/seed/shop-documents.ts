/**
 * The demo shop's first published documents (shop-content plugin). The admin edits
 * them later under "Shop pages"; these are only the starting versions.
 * The return window, delivery prices and store hours are not repeated here: the
 * storefront's /returns, /shipping and /stores pages state them from the shop's data.
 */
export const SHOP_DOCUMENTS: { slug: "terms" | "privacy" | "legal" | "faq"; title: string; body: string }[] = [
  {
    slug: "terms",
    title: "Terms of sale",
    body: `These terms apply to every order placed on this shop with Fairmade, the maker and seller of the products shown.

## Orders and prices
Prices are shown in the currency of your region, taxes included. Delivery is added at checkout; its price and the threshold for free delivery are on the [delivery page](/shipping). An order is placed when you accept these terms and your payment is authorised; you receive a confirmation by e-mail.

## Delivery and collection
We deliver to the countries of your region, or you collect your order in one of [our stores](/stores). Times and prices are on the [delivery page](/shipping).

## Right of withdrawal (14 days)
For an order delivered to your home you may withdraw from the contract within **14 days** of receiving the goods, without giving a reason. Tell us through the [contact form](/contact) or book a return in your account, then send or bring the items back within 14 days of telling us. We refund the price paid and the standard delivery cost within 14 days of your withdrawal, to your original payment; we may wait until we have the items back. Personalised items are excepted by law.

## Returns beyond the law
Our own [return policy](/returns) is more generous in time; its window and conditions are stated there, from the shop's current settings.

## Guarantees
Every product carries the legal guarantee of conformity (2 years from delivery) and the guarantee against hidden defects.

## Disputes
Contact us first: we answer every message. You may also turn to a consumer mediator or the courts of your place of residence.`,
  },
  {
    slug: "privacy",
    title: "Privacy notice",
    body: `Fairmade keeps only what it needs to sell to you and to keep its accounts.

## What we store
- **Your account**: e-mail, name, phone if you give one, saved addresses, and a salted hash of your password.
- **Your orders**: items, prices, delivery or collection store, addresses and payment status (the card itself is handled by the payment provider, never by us).
- **Returns** you book, and **messages** you send with the contact form.
- **What you view**, only if you choose personalised recommendations (see below).

## Your choices
- **Personalised recommendations** are off until you turn them on with the button at the bottom of every page; you can turn them off the same way, and we then keep nothing about what you view.
- We use no advertising trackers. Cookies keep your cart, your sign-in, your region and your store choice.

## Your rights
- **Download your data**: in your account, "Your data" gives you everything above as a JSON file.
- **Delete your account**: in your account, "Your data". Your orders are kept, without your name, e-mail, street or phone, because the law requires us to keep sales records for our accounts (10 years in France).
- To correct something or ask a question, write to us with the [contact form](/contact). You may complain to your data protection authority (the CNIL in France, the ICO in the UK).

## How long
Account data: until you delete the account, or 3 years after your last order. Contact messages: 3 years. Sales records: 10 years, anonymised once the account is deleted.`,
  },
  {
    slug: "legal",
    title: "Legal notice",
    body: `**Fairmade** — demo shop of an open-source project. The company details below are placeholders for the producer that runs the shop.

- Publisher: Fairmade SAS, 12 rue de la République, 69002 Lyon, France
- Company registration: to be completed by the producer
- VAT number: to be completed by the producer
- Director of publication: to be completed by the producer
- Contact: the [contact form](/contact), or the phone numbers on the [stores page](/stores)
- Hosting: to be completed by the producer

Product names come from the Online Retail dataset (Chen, 2015, UCI Machine Learning Repository, CC BY 4.0).`,
  },
  {
    slug: "faq",
    title: "Frequently asked questions",
    body: `## How long does delivery take?
It depends on the option you choose; the [delivery page](/shipping) lists each option, its price and when it is free.

## Can I collect my order in a store?
Yes, for free, in any of [our stores](/stores). Checkout tells you when each store will have it ready.

## How do I return something?
Book a return in your account, then bring the items to a store or post them. The window and what cannot be returned are on the [return policy](/returns) page.

## Where are your products made, and from what?
Each product page has a "Product facts" section: origin, materials and care, or "not known" where we do not know for sure.

## How do I delete my account?
In your account, "Your data". See the [privacy notice](/privacy) for what is kept.`,
  },
]
