import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { BACKEND_DIR } from "../helpers/backend"
import { signInAsNewAdmin } from "../helpers/auth"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api, getContainer }) => {
    it("keeps the admin API closed to anonymous callers", async () => {
      const error = await api.get("/admin/products").catch((e: any) => e)
      expect(error.response.status).toBe(401)
    })

    it("lets a signed-in admin user read and create products", async () => {
      const admin = await signInAsNewAdmin(api, getContainer())
      const created = await api.post(
        "/admin/products",
        { title: "Test Vase", options: [{ title: "Default", values: ["Default"] }], variants: [{ title: "Default", options: { Default: "Default" }, prices: [{ currency_code: "eur", amount: 1290 }] }] },
        admin,
      )
      expect(created.status).toBe(200)
      const { data } = await api.get("/admin/products?q=Test%20Vase", admin)
      expect(data.products.map((product: any) => product.title)).toEqual(["Test Vase"])
    })

    it("rejects a wrong password without saying whether the account exists", async () => {
      await signInAsNewAdmin(api, getContainer(), "owner@fairmade.test")
      const wrongPassword = await api.post("/auth/user/emailpass", { email: "owner@fairmade.test", password: "nope" }).catch((e: any) => e)
      const unknownUser = await api.post("/auth/user/emailpass", { email: "nobody@fairmade.test", password: "nope" }).catch((e: any) => e)
      expect(wrongPassword.response.status).toBe(401)
      expect(unknownUser.response.status).toBe(401)
      expect(wrongPassword.response.data.message).toBe(unknownUser.response.data.message)
    })
  },
})
