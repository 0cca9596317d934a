import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { openNotificationData } from "@fairmade/shop-core/lib/seal"
import type { MedusaContainer } from "@medusajs/framework/types"
import { BACKEND_DIR } from "../helpers/backend"
import { eventually } from "../helpers/browser"
import { asNewClient } from "../helpers/client-ip"

jest.setTimeout(180_000)

const STOREFRONT_URL = "https://shop.fairmade.test"
process.env.STOREFRONT_URL = STOREFRONT_URL

const KNOWN = "camille+shop@fairmade.test"

const emailsTo = (container: MedusaContainer, to: string) =>
  container.resolve(Modules.NOTIFICATION).listNotifications({ to, channel: "email" })

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer, utils }) => {
    beforeAll(async () => {
      await api.post("/auth/customer/emailpass/register", { email: KNOWN, password: "correct-horse-battery" }, asNewClient())
    })

    it("e-mails a storefront reset link to a known customer, and nothing for an unknown e-mail", async () => {
      const unknown = await api.post("/auth/customer/emailpass/reset-password", { identifier: "nobody@fairmade.test" }, asNewClient())
      const known = await api.post("/auth/customer/emailpass/reset-password", { identifier: KNOWN }, asNewClient())
      expect([unknown.status, known.status]).toEqual([201, 201])

      await eventually(async () => expect(await emailsTo(getContainer(), KNOWN)).toHaveLength(1))
      await utils.waitWorkflowExecutions()
      const [email] = await emailsTo(getContainer(), KNOWN)
      expect(email).toEqual(expect.objectContaining({ template: "password-reset", trigger_type: "auth.password_reset" }))

      // The row holds the link sealed; only the e-mail provider (and this test, which runs the server) opens it.
      expect(JSON.stringify(email.data)).not.toContain("token")
      const link = new URL(openNotificationData(email.data).reset_url as string)
      expect(`${link.origin}${link.pathname}`).toBe(`${STOREFRONT_URL}/account/reset-password`)
      expect(link.searchParams.get("email")).toBe(KNOWN)
      // The token is the one Medusa's /auth/customer/emailpass/update accepts.
      const token = link.searchParams.get("token")!
      const updated = await api.post(
        "/auth/customer/emailpass/update",
        { email: KNOWN, password: "a-brand-new-password" },
        { headers: { authorization: `Bearer ${token}` } },
      )
      expect(updated.status).toBe(200)
      const signedIn = await api.post("/auth/customer/emailpass", { email: KNOWN, password: "a-brand-new-password" }, asNewClient())
      expect(signedIn.data.token).toEqual(expect.any(String))

      expect(await emailsTo(getContainer(), "nobody@fairmade.test")).toHaveLength(0)
    })
  },
})
