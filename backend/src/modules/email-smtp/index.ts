import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import SmtpEmailService from "./service"

/** The "email" channel of the Notification module: nodemailer to SMTP_URL. */
export default ModuleProvider(Modules.NOTIFICATION, { services: [SmtpEmailService] })
