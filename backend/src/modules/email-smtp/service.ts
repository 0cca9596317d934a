import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { openNotificationData } from "@fairmade/shop-core/lib/seal"
import nodemailer, { type Transporter } from "nodemailer"
import { renderEmail } from "./templates"

export type SmtpEmailOptions = {
  /** smtp://user:pass@host:port or smtps://…; without it (never in production) e-mails are built but not delivered. */
  smtp_url?: string
  /** The From header, e.g. "Fairmade <shop@fairmade.local>". */
  from: string
  /** Public addresses the templates link to. */
  storefront_url: string
}

/**
 * Sends the shop's e-mails through nodemailer. Notification `data` holds no secret
 * in clear: reset links and codes arrive sealed (shop-core's seal) and are opened
 * here, only to render the message. Nothing of `data` or of the message is ever
 * logged: only the template, the recipient and the SMTP message id.
 */
export default class SmtpEmailService extends AbstractNotificationProviderService {
  static override identifier = "email-smtp"

  private readonly transporter: Transporter
  private readonly logger: Logger
  private readonly options: SmtpEmailOptions

  static override validateOptions(options: Record<string, unknown>) {
    if (!options.from) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The e-mail provider needs a `from` address.")
    }
    if (!options.smtp_url && process.env.NODE_ENV === "production") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "SMTP_URL must be set in production: without it no e-mail reaches anyone.")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpEmailOptions) {
    super()
    this.logger = logger
    this.options = options
    // Without SMTP_URL (tests, one-off scripts) the message is still built, so a
    // template error shows, but goes nowhere.
    this.transporter = options.smtp_url ? nodemailer.createTransport(options.smtp_url) : nodemailer.createTransport({ jsonTransport: true })
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    if (!notification?.to) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An e-mail needs a recipient.")
    }
    const data = openNotificationData(notification.data as Record<string, unknown> | null)
    const email = await renderEmail(notification.template, data, { storefrontUrl: this.options.storefront_url })
    try {
      const info = await this.transporter.sendMail({ from: this.options.from, to: notification.to, ...email })
      this.logger.info(`E-mail "${notification.template}" ${this.options.smtp_url ? "sent" : "built (no SMTP_URL, not delivered)"} to ${notification.to}.`)
      return { id: info.messageId }
    } catch (error) {
      // SMTP errors carry the server's reply, never the message body.
      const reason = error instanceof Error ? error.message : String(error)
      this.logger.warn(`E-mail "${notification.template}" to ${notification.to} failed: ${reason}`)
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The e-mail could not be sent: ${reason}`)
    }
  }
}
