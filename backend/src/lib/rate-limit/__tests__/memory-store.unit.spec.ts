import { MemoryRateLimitStore } from "../memory-store"

describe("MemoryRateLimitStore", () => {
  it("counts hits per key within a fixed window and starts over after it", async () => {
    let now = 1_000
    const store = new MemoryRateLimitStore(() => now)
    expect(await store.hit("a", 60_000)).toEqual({ count: 1, resetInMs: 60_000 })
    now += 59_000
    expect(await store.hit("a", 60_000)).toEqual({ count: 2, resetInMs: 1_000 })
    expect(await store.hit("b", 60_000)).toEqual({ count: 1, resetInMs: 60_000 })
    now += 1_000
    expect(await store.hit("a", 60_000)).toEqual({ count: 1, resetInMs: 60_000 })
  })
})
