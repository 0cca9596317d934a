import path from "node:path"
import { publicUrls } from "./urls"

/**
 * E-mails (password reset, pickup ready, return booked, …) go through Medusa's
 * Notification Module to our SMTP provider (src/modules/email-smtp): SMTP_URL is
 * where they go (`npm start` runs a local mail catcher and sets it). The local
 * provider keeps only the "feed" channel Medusa's admin notification panel uses;
 * it logs its data, so it must never carry e-mails, whose secrets are sealed anyway.
 */
export function notificationModule(env: NodeJS.ProcessEnv = process.env) {
  return [
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            // By absolute path: tests load the config from another working directory.
            resolve: path.join(__dirname, "../modules/email-smtp"),
            id: "email-smtp",
            options: {
              smtp_url: env.SMTP_URL || undefined,
              from: env.MAIL_FROM ?? "Fairmade <shop@fairmade.local>",
              storefront_url: publicUrls(env).storefrontUrl,
              channels: ["email"],
            },
          },
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local Notification Provider", channels: ["feed"] },
          },
        ],
      },
    },
  ]
}
