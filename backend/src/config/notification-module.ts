/**
 * E-mails (password reset, …) go through Medusa's Notification Module. The
 * local provider logs them and keeps the notification row, which is what
 * development and tests need; a real e-mail provider replaces it on the
 * "email" channel in production. It keeps the "feed" channel that Medusa's
 * default configuration gives it, for the admin's notification panel.
 */
export function notificationModule() {
  return [
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/notification-local",
            id: "local",
            options: { name: "Local Notification Provider", channels: ["email", "feed"] },
          },
        ],
      },
    },
  ]
}
