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

describe("a backend that is down for now", () => {
  it("answers 503 when the backend timed out, was unreachable or said 503", () => {
    const timedOut = new DOMException("The operation was aborted due to timeout", "TimeoutError");
    for (const error of [timedOut, new TypeError("fetch failed"), new FakeFetchError("database unavailable", 503)]) {
      const failure = describeFailure(error);
      expect(failure.kind).toBe("backend-unavailable");
      expect(failure.status).toBe(503);
      expect(failure.title).toMatch(/short break/);
    }
  });

  it("keeps 500 for the backend's other refusals and for the storefront's own faults", () => {
    expect(describeFailure(new FakeFetchError("Publishable API key required", 400)).status).toBe(500);
    expect(describeFailure(new Error("boom")).status).toBe(500);
  });
});
