/**
 * The inbox of the mail catcher the browser stack runs (MailDev, as `npm start` does),
 * read through its REST API the way a shopper reads their e-mail.
 */
export type InboxEmail = {
  subject: string
  to: { address: string }[]
  text: string
  html: string
  attachments?: { contentType?: string; contentId?: string; cid?: string }[]
}

/** Waits for an e-mail to `address` whose subject matches, and returns it. */
export async function waitForInboxEmail(address: string, subject: RegExp, timeoutMs = 60_000): Promise<InboxEmail> {
  const inbox = process.env.E2E_MAIL_WEB_PORT
  if (!inbox) throw new Error("E2E_MAIL_WEB_PORT is not set: the browser stack starts the mail catcher")
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const emails: InboxEmail[] = await (await fetch(`http://127.0.0.1:${inbox}/api/email`)).json()
    const found = emails.find(
      (email) => subject.test(email.subject) && email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()),
    )
    if (found) return found
    if (Date.now() > deadline) throw new Error(`No e-mail "${subject}" reached ${address} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}
