import { checkAcceptedTerms } from "../documents"

describe("checkAcceptedTerms", () => {
  it("asks nothing while no terms are published", () => {
    expect(checkAcceptedTerms(null, null)).toEqual({ ok: true })
  })

  it("refuses a cart without a version, or with an outdated one, saying which version to accept", () => {
    expect(checkAcceptedTerms({ version: 3 }, null)).toEqual({ ok: false, message: expect.stringMatching(/Accept the terms of sale \(version 3\)/) })
    expect(checkAcceptedTerms({ version: 3 }, { terms_version: "" })).toEqual({ ok: false, message: expect.stringMatching(/version 3/) })
    expect(checkAcceptedTerms({ version: 3 }, { terms_version: 2 })).toEqual({
      ok: false,
      message: expect.stringMatching(/version 2 was accepted, version 3 is in force/),
    })
  })

  it("accepts the version in force, as a number or a string", () => {
    expect(checkAcceptedTerms({ version: 3 }, { terms_version: 3 })).toEqual({ ok: true })
    expect(checkAcceptedTerms({ version: 3 }, { terms_version: "3", gift: true })).toEqual({ ok: true })
  })
})
