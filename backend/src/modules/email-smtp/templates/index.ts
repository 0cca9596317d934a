import { render } from "@react-email/render"
import QRCode from "qrcode"
import { createElement } from "react"
import { templateOf, type Context, type Data } from "./registry"

export { EMAIL_TEMPLATES } from "./registry"

export type Email = {
  subject: string
  html: string
  text: string
  /** Inline images (the QR code of a counter code), referenced from the HTML by `cid:`. */
  attachments: { filename: string; content: Buffer; contentType: string; cid: string }[]
}

export const QR_CID = "code-qr@fairmade"

const TEXT_OPTIONS = {
  selectors: [
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
  ],
}

/** Renders a notification to HTML + text; an unknown template is refused rather than sent blank. */
export async function renderEmail(template: string, data: Data, context: Context): Promise<Email> {
  const definition = templateOf(template)
  if (!definition) throw new Error(`No e-mail template "${template}".`)
  const code = definition.qrCode?.(data)
  const attachments = code
    ? [
        {
          filename: "code-qr.png",
          content: await QRCode.toBuffer(code, { type: "png", margin: 1, width: 320, errorCorrectionLevel: "M" }),
          contentType: "image/png",
          cid: QR_CID,
        },
      ]
    : []
  const element = createElement(definition.Component, { data, context, qrSrc: code ? `cid:${QR_CID}` : undefined })
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true, htmlToTextOptions: TEXT_OPTIONS })])
  return { subject: definition.subject(data), html, text, attachments }
}
