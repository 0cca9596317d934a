import { describe, expect, it } from "vitest";
import { READ_TIMEOUT_MS, WRITE_TIMEOUT_MS, timeoutFor, withBackendTimeout } from "./backend-timeout";

describe("backend timeouts", () => {
  it("gives reads a short wait and writes a long one", () => {
    expect(timeoutFor(undefined)).toBe(READ_TIMEOUT_MS);
    expect(timeoutFor("get")).toBe(READ_TIMEOUT_MS);
    expect(timeoutFor("POST")).toBe(WRITE_TIMEOUT_MS);
    expect(READ_TIMEOUT_MS).toBeLessThan(5000);
  });

  it("adds a signal that aborts, keeping the caller's options and signal", async () => {
    const own = new AbortController();
    const init = withBackendTimeout({ method: "GET", headers: { a: "1" }, signal: own.signal });
    expect(init.headers).toEqual({ a: "1" });
    expect(init.signal.aborted).toBe(false);
    own.abort();
    expect(init.signal.aborted).toBe(true);
  });
});
