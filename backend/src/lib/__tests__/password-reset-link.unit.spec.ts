import { passwordResetLink } from "../password-reset-link"

const env = { STOREFRONT_URL: "https://shop.example", BACKEND_URL: "https://api.example" }

describe("passwordResetLink", () => {
  it("sends shoppers to the storefront with the token and the e-mail, URL-encoded", () => {
    const link = new URL(passwordResetLink({ actorType: "customer", email: "a+b@example.com", token: "t.o.k" }, env))
    expect(`${link.origin}${link.pathname}`).toBe("https://shop.example/account/reset-password")
    expect(link.searchParams.get("email")).toBe("a+b@example.com")
    expect(link.searchParams.get("token")).toBe("t.o.k")
  })

  it("sends store staff (their invite too) to the storefront's /staff area", () => {
    expect(passwordResetLink({ actorType: "staff", email: "s@example.com", token: "t" }, env)).toMatch(
      /^https:\/\/shop\.example\/staff\/reset-password\?/,
    )
  })

  it("sends admin users to the admin dashboard", () => {
    expect(passwordResetLink({ actorType: "user", email: "s@example.com", token: "t" }, env)).toMatch(
      /^https:\/\/api\.example\/app\/reset-password\?/,
    )
  })
})
