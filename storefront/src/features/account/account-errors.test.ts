import { describe, expect, it } from "vitest";
import { describeAccountFailure, rateLimitMessage, WRONG_CREDENTIALS } from "./account-errors";
import { FakeFetchError } from "./test-fixtures";

describe("describeAccountFailure", () => {
  it("gives one message for a wrong e-mail and a wrong password", () => {
    expect(describeAccountFailure(new FakeFetchError("Invalid email or password", 401), "sign-in")).toEqual({
      kind: "wrong-credentials",
      message: WRONG_CREDENTIALS,
    });
    expect(describeAccountFailure(new FakeFetchError("Authentication failed", 401), "sign-in").message).toBe(
      "Email or password is incorrect",
    );
  });

  it("explains rate limiting with the wait in minutes", () => {
    const error = new FakeFetchError("Too many attempts. Please wait 14 minutes and try again.", 429);
    expect(describeAccountFailure(error, "request-reset")).toEqual({
      kind: "rate-limited",
      message: "Too many attempts. Please try again in 14 minutes.",
    });
  });

  it("makes Medusa's 'already exists' friendly when registering", () => {
    for (const message of ["Identity with email already exists", "Customer with this email already has an account"]) {
      const failure = describeAccountFailure(new FakeFetchError(message, 401), "register");
      expect(failure.kind).toBe("email-taken");
      expect(failure.message).toMatch(/already an account/);
      expect(failure.message).not.toMatch(/identity/i);
    }
  });

  it("reports a spent or forged reset link", () => {
    expect(describeAccountFailure(new FakeFetchError("Invalid token", 401), "reset-password").kind).toBe("invalid-reset-link");
  });

  it("reports an unreachable or failing backend as temporary", () => {
    expect(describeAccountFailure(new TypeError("fetch failed"), "sign-in").kind).toBe("unavailable");
    expect(describeAccountFailure(new FakeFetchError("boom", 503), "register").kind).toBe("unavailable");
  });

  it("never repeats an unexpected backend message", () => {
    const failure = describeAccountFailure(new FakeFetchError("column secret_internal does not exist", 400), "save");
    expect(failure.kind).toBe("unexpected");
    expect(failure.message).not.toContain("secret_internal");
  });
});

describe("rateLimitMessage", () => {
  it.each([
    ["Please wait 45 seconds and try again.", "Too many attempts. Please try again in 1 minute."],
    ["Please wait 1 minute and try again.", "Too many attempts. Please try again in 1 minute."],
    ["Please wait 61 seconds", "Too many attempts. Please try again in 2 minutes."],
    ["Please wait 2 hours", "Too many attempts. Please try again in 120 minutes."],
    ["Too Many Requests", "Too many attempts. Please try again in a few minutes."],
  ])("%j → %j", (backendMessage, expected) => {
    expect(rateLimitMessage(backendMessage)).toBe(expected);
  });
});
