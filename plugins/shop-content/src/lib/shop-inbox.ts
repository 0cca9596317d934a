/** Where contact-form messages are e-mailed: SHOP_INBOX_EMAIL, else the demo shop's inbox. */
export const shopInbox = (env: NodeJS.ProcessEnv = process.env) => env.SHOP_INBOX_EMAIL || "hello@fairmade.local"

export const CONTACT_TEMPLATE = "contact-message"
