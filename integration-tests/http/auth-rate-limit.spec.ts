import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { AUTH_RATE_LIMITS } from "../../backend/src/api/auth-rate-limits"
import { BACKEND_DIR } from "../helpers/backend"
import { answer, type Answer } from "../helpers/checkout"
import { asNewClient, randomAddress } from "../helpers/client-ip"

jest.setTimeout(180_000)

const KNOWN = "known@fairmade.test"
const PASSWORD = "correct-horse-battery"

/** `times` requests one after the other, as a guessing script would send them. */
async function inTurn(times: number, request: (i: number) => Promise<Answer>): Promise<Answer[]> {
  const answers: Answer[] = []
  for (let i = 0; i < times; i++) answers.push(await request(i))
  return answers
}

function expectTooMany(response: Answer, windowMs: number) {
  expect(response.status).toBe(429)
  expect(response.data).toEqual({ type: "too_many_requests", message: expect.stringMatching(/too many attempts.*try again/i) })
  const retryAfter = Number(response.headers["retry-after"])
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(windowMs / 1000)
}

medusaIntegrationTestRunner({
  cwd: BACKEND_DIR,
  testSuite: ({ api }) => {
    beforeAll(async () => {
      await api.post("/auth/customer/emailpass/register", { email: KNOWN, password: PASSWORD }, asNewClient())
    })

    it("lets a few wrong passwords through with the same 401 for known and unknown accounts, then answers 429", async () => {
      const { max, windowMs } = AUTH_RATE_LIMITS.signIn
      const client = asNewClient()
      // Every other attempt is for an account that does not exist.
      const attempts = await inTurn(max, (i) => {
        const email = i % 2 === 0 ? KNOWN : `nobody${i}@fairmade.test`
        return answer(api.post("/auth/customer/emailpass", { email, password: "wrong-password" }, client))
      })
      expect(attempts.map((attempt) => attempt.status)).toEqual(Array(max).fill(401))
      // No account enumeration: the known and the unknown account get the very same answer.
      expect(new Set(attempts.map((attempt) => JSON.stringify(attempt.data))).size).toBe(1)

      const blocked = await answer(api.post("/auth/customer/emailpass", { email: KNOWN, password: PASSWORD }, client))
      expectTooMany(blocked, windowMs)

      // The limit is per client: someone else signs in normally.
      const other = await answer(api.post("/auth/customer/emailpass", { email: KNOWN, password: PASSWORD }, asNewClient()))
      expect(other.status).toBe(200)
      expect(other.data.token).toEqual(expect.any(String))
    })

    it("answers a reset request the same for known and unknown e-mails, and limits them", async () => {
      const { max, windowMs } = AUTH_RATE_LIMITS.resetPassword
      const client = asNewClient()
      const requests = await inTurn(max, (i) => {
        const identifier = i % 2 === 0 ? KNOWN : `nobody${i}@fairmade.test`
        return answer(api.post("/auth/customer/emailpass/reset-password", { identifier }, client))
      })
      expect(requests.map((request) => request.status)).toEqual(Array(max).fill(201))
      expect(new Set(requests.map((request) => JSON.stringify(request.data))).size).toBe(1)

      expectTooMany(await answer(api.post("/auth/customer/emailpass/reset-password", { identifier: KNOWN }, client)), windowMs)
    })

    it("limits account registrations per client", async () => {
      const { max, windowMs } = AUTH_RATE_LIMITS.register
      const client = asNewClient()
      const registrations = await inTurn(max, (i) =>
        answer(api.post("/auth/customer/emailpass/register", { email: `new${i}@fairmade.test`, password: PASSWORD }, client)),
      )
      expect(registrations.map((registration) => registration.status)).toEqual(Array(max).fill(200))
      const blocked = await answer(
        api.post("/auth/customer/emailpass/register", { email: "one-more@fairmade.test", password: PASSWORD }, client),
      )
      expectTooMany(blocked, windowMs)
    })

    it.each([
      ["admin", "/auth/user/emailpass"],
      ["staff", "/auth/staff/emailpass"],
    ])("limits %s sign-in the same way (the limit is on the route, whatever it answers)", async (_actor, path) => {
      const { max, windowMs } = AUTH_RATE_LIMITS.signIn
      const client = asNewClient()
      const attempts = await inTurn(max, () => answer(api.post(path, { email: KNOWN, password: "wrong-password" }, client)))
      expect(attempts.filter((attempt) => attempt.status === 429)).toEqual([])
      expectTooMany(await answer(api.post(path, { email: KNOWN, password: "wrong-password" }, client)), windowMs)
    })

    it.each([
      ["admin", "/auth/user/emailpass/reset-password"],
      ["staff", "/auth/staff/emailpass/reset-password"],
    ])("limits %s reset-password requests", async (_actor, path) => {
      const { max, windowMs } = AUTH_RATE_LIMITS.resetPassword
      const client = asNewClient()
      const requests = await inTurn(max, (i) => answer(api.post(path, { identifier: `nobody${i}@fairmade.test` }, client)))
      expect(requests.filter((request) => request.status === 429)).toEqual([])
      expectTooMany(await answer(api.post(path, { identifier: KNOWN }, client)), windowMs)
    })

    it("limits setting a new password with a reset token (token guessing)", async () => {
      const { max, windowMs } = AUTH_RATE_LIMITS.updatePassword
      const client = asNewClient()
      const guesses = await inTurn(max, (i) =>
        answer(
          api.post("/auth/customer/emailpass/update", { password: "a new password" }, { headers: { ...client.headers, authorization: `Bearer guess-${i}` } }),
        ),
      )
      expect(guesses.map((guess) => guess.status)).toEqual(Array(max).fill(401))
      const blocked = await answer(
        api.post("/auth/customer/emailpass/update", { password: "a new password" }, { headers: { ...client.headers, authorization: "Bearer one-more" } }),
      )
      expectTooMany(blocked, windowMs)
    })

    describe("which address is the client's (TRUST_PROXY)", () => {
      const configured = process.env.TRUST_PROXY
      afterEach(() => {
        process.env.TRUST_PROXY = configured
      })

      it("honours X-Forwarded-For from a trusted hop: each forwarded address has its own allowance", async () => {
        process.env.TRUST_PROXY = "1"
        const { max } = AUTH_RATE_LIMITS.signIn
        const attempts = await inTurn(max + 3, () =>
          answer(api.post("/auth/customer/emailpass", { email: KNOWN, password: "wrong-password" }, asNewClient())),
        )
        expect(attempts.map((attempt) => attempt.status)).toEqual(Array(max + 3).fill(401))
      })

      it("by default ignores X-Forwarded-For: rotating it does not lift the sign-in limit", async () => {
        process.env.TRUST_PROXY = ""
        const { max, windowMs } = AUTH_RATE_LIMITS.signIn
        // A fresh address each time, as a guessing script would forge it.
        const attempts = await inTurn(max, () =>
          answer(api.post("/auth/customer/emailpass", { email: KNOWN, password: "wrong-password" }, asNewClient())),
        )
        expect(attempts.map((attempt) => attempt.status)).toEqual(Array(max).fill(401))
        const forged = await answer(api.post("/auth/customer/emailpass", { email: KNOWN, password: PASSWORD }, asNewClient()))
        expectTooMany(forged, windowMs)
        // The same holds for the admin's sign-in route: the counter is the client's, not the route's.
        const admin = await answer(api.post("/auth/user/emailpass", { email: KNOWN, password: "x" }, { headers: { "x-forwarded-for": randomAddress() } }))
        expect(admin.status).toBe(429)
      })
    })
  },
})
