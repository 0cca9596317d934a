import { describe, expect, it } from "vitest";
import { describeFailure, isNotFoundError } from "./backend-errors";

class FakeFetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

describe("isNotFoundError", () => {
  it("recognises an HTTP 404 from the backend", () => {
    expect(isNotFoundError(new FakeFetchError("Not found", 404))).toBe(true);
  });

  it("ignores other statuses and non-errors", () => {
    expect(isNotFoundError(new FakeFetchError("Boom", 500))).toBe(false);
    expect(isNotFoundError(undefined)).toBe(false);
    expect(isNotFoundError("404")).toBe(false);
  });
});

describe("describeFailure", () => {
  it("reports an unreachable backend as a temporary outage", () => {
    expect(describeFailure(new TypeError("fetch failed")).kind).toBe("backend-unavailable");
  });

  it("reports backend HTTP errors as a temporary outage", () => {
    expect(describeFailure(new FakeFetchError("Publishable API key required", 400)).kind).toBe(
      "backend-unavailable",
    );
  });

  it("reports anything else as unexpected without leaking the message", () => {
    const failure = describeFailure(new Error("secret internal detail"));
    expect(failure.kind).toBe("unexpected");
    expect(JSON.stringify(failure)).not.toContain("secret internal detail");
  });
});
