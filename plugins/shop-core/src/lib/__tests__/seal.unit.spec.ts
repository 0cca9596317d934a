import { digest, isSealed, openNotificationData, seal, SealError, unseal, withSealedSecrets } from "../seal"

const KEY = "a-test-key-of-enough-length-0123456789"
const OTHER_KEY = "another-test-key-of-enough-length-987"

describe("seal / unseal", () => {
  it("opens what it sealed, and the sealed form shows nothing of the secret", () => {
    const sealed = seal("R-7K3QX-M2P9A", "return-code", KEY)
    expect(isSealed(sealed)).toBe(true)
    expect(sealed).not.toContain("7K3QX")
    expect(unseal(sealed, "return-code", KEY)).toBe("R-7K3QX-M2P9A")
  })

  it("seals the same secret differently each time (random IV)", () => {
    expect(seal("ABC123", "pickup-code", KEY)).not.toBe(seal("ABC123", "pickup-code", KEY))
  })

  it("refuses a tampered ciphertext, tag or IV", () => {
    const sealed = seal("https://shop.test/account/reset-password?token=abc", "notification-data", KEY)
    const parts = sealed.split(".")
    for (const index of [1, 2, 3]) {
      const bytes = Buffer.from(parts[index], "base64url")
      bytes[0] ^= 0x01
      const tampered = parts.map((part, i) => (i === index ? bytes.toString("base64url") : part)).join(".")
      expect(() => unseal(tampered, "notification-data", KEY)).toThrow(SealError)
    }
  })

  it("refuses another key, another purpose and values that are not sealed", () => {
    const sealed = seal("ABC123", "pickup-code", KEY)
    expect(() => unseal(sealed, "pickup-code", OTHER_KEY)).toThrow(SealError)
    expect(() => unseal(sealed, "return-code", KEY)).toThrow(SealError)
    expect(() => unseal("ABC123", "pickup-code", KEY)).toThrow(SealError)
    expect(() => unseal("s1.AAAA.BBBB.CCCC", "pickup-code", KEY)).toThrow(SealError)
  })

  it("digests deterministically per key and purpose", () => {
    expect(digest("R-7K3QX-M2P9A", "return-code", KEY)).toBe(digest("R-7K3QX-M2P9A", "return-code", KEY))
    expect(digest("R-7K3QX-M2P9A", "return-code", KEY)).not.toBe(digest("R-7K3QX-M2P9A", "return-code", OTHER_KEY))
    expect(digest("R-7K3QX-M2P9A", "return-code", KEY)).not.toBe(digest("R-7K3QX-M2P9A", "pickup-code", KEY))
    expect(digest("R-7K3QX-M2P9A", "return-code", KEY)).not.toContain("7K3QX")
  })
})

describe("notification data", () => {
  const env = process.env.NOTIFICATION_SEAL_KEY
  beforeAll(() => (process.env.NOTIFICATION_SEAL_KEY = KEY))
  afterAll(() => (process.env.NOTIFICATION_SEAL_KEY = env))

  it("keeps readable fields readable and only the e-mail side opens the secrets", () => {
    const data = withSealedSecrets({ order_display_id: 12 }, { pickup_code: "K7M4QX" })
    expect(JSON.stringify(data)).not.toContain("K7M4QX")
    expect(openNotificationData(data)).toEqual({ order_display_id: 12, pickup_code: "K7M4QX" })
    expect(openNotificationData({ order_display_id: 12 })).toEqual({ order_display_id: 12 })
  })

  it("refuses notification data whose sealed field was changed", () => {
    const data = withSealedSecrets({}, { pickup_code: "K7M4QX" })
    expect(() => openNotificationData({ ...data, sealed: (data.sealed as string).slice(0, -2) + "AA" })).toThrow(SealError)
    expect(() => openNotificationData({ sealed: 42 })).toThrow(SealError)
  })
})
