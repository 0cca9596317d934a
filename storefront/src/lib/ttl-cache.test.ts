import { describe, expect, it, vi } from "vitest";
import { cachedByArguments, cachedFor } from "./ttl-cache";

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

describe("cachedByArguments", () => {
  it("keeps one value per arguments until its time to live has passed", async () => {
    let clock = 0;
    const load = vi.fn(async (handle: string, region?: string) => `${handle}@${region}:${clock}`);
    const cached = cachedByArguments(1000, 10, load, () => clock);

    expect(await cached("vase", "reg_eur")).toBe("vase@reg_eur:0");
    expect(await cached("vase", "reg_gbp")).toBe("vase@reg_gbp:0");
    clock = 999;
    expect(await cached("vase", "reg_eur")).toBe("vase@reg_eur:0");
    clock = 1000;
    expect(await cached("vase", "reg_eur")).toBe("vase@reg_eur:1000");
    expect(load).toHaveBeenCalledTimes(3);
  });

  it("shares one call between concurrent callers of the same arguments", async () => {
    const load = vi.fn(async (handle: string) => handle);
    const cached = cachedByArguments(1000, 10, load);
    await Promise.all([cached("vase"), cached("vase"), cached("bowl")]);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("forgets the oldest entries beyond its size, and failures at once", async () => {
    const load = vi.fn(async (n: number) => {
      if (n < 0) throw new Error("down");
      return n;
    });
    const cached = cachedByArguments(1000, 2, load);
    await cached(1);
    await cached(2);
    await cached(3);
    await cached(1);
    expect(load).toHaveBeenCalledTimes(4);
    await expect(cached(-1)).rejects.toThrow("down");
    await expect(cached(-1)).rejects.toThrow("down");
    expect(load).toHaveBeenCalledTimes(6);
  });

  it("calls the loader every time with a time to live of 0", async () => {
    const load = vi.fn(async () => "fresh");
    const cached = cachedByArguments(0, 10, load);
    await cached();
    await cached();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
