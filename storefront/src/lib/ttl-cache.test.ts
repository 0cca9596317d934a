import { describe, expect, it, vi } from "vitest";
import { cachedFor } from "./ttl-cache";

describe("cachedFor", () => {
  it("reuses the value until the time to live has passed", async () => {
    let clock = 0;
    const load = vi.fn(async () => clock);
    const cached = cachedFor(1000, load, () => clock);

    expect(await cached()).toBe(0);
    clock = 999;
    expect(await cached()).toBe(0);
    clock = 1000;
    expect(await cached()).toBe(1000);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("shares one call between concurrent callers", async () => {
    const load = vi.fn(async () => "value");
    const cached = cachedFor(1000, load);
    await Promise.all([cached(), cached(), cached()]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("does not cache failures", async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error("down")).mockResolvedValueOnce("up");
    const cached = cachedFor(1000, load);
    await expect(cached()).rejects.toThrow("down");
    expect(await cached()).toBe("up");
  });
});
