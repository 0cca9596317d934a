import { describe, expect, it } from "vitest";
import { formOf } from "../test-fixtures";
import {
  newPasswordProblem,
  readForgotPasswordForm,
  readNewPasswordForm,
  readRegistrationForm,
  readSignInForm,
} from "./credentials-form";

describe("readRegistrationForm", () => {
  it("accepts a complete form and normalises the e-mail", () => {
    const result = readRegistrationForm(
      formOf({ first_name: " Ann ", last_name: "Lee", email: " Ann@Example.COM ", password: "long enough words" }),
    );
    expect(result).toEqual({
      ok: true,
      values: { first_name: "Ann", last_name: "Lee", email: "ann@example.com", password: "long enough words" },
    });
  });

  it("says what to fix in each field", () => {
    const result = readRegistrationForm(formOf({ first_name: "", last_name: "", email: "ann@", password: "short" }));
    expect(result).toEqual({
      ok: false,
      errors: {
        first_name: "Enter your first name",
        last_name: "Enter your last name",
        email: "Enter an email address in the correct format, like name@example.com",
        password: "Password must be at least 8 characters",
      },
    });
  });

  it("treats a missing field like an empty one", () => {
    const result = readRegistrationForm(new FormData());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["email", "first_name", "last_name", "password"]);
  });
});

describe("newPasswordProblem", () => {
  it("keeps passwords exactly as typed, spaces included", () => {
    expect(newPasswordProblem("  eight  ", "")).toBeUndefined();
  });

  it.each([
    ["", "Enter a password"],
    ["1234567", "Password must be at least 8 characters"],
    ["x".repeat(129), "Password must be 128 characters or fewer"],
    ["          ", "Password must contain more than spaces"],
    ["Ann@Example.com", "Password must not be your email address"],
  ])("refuses %j", (password, message) => {
    expect(newPasswordProblem(password, "ann@example.com")).toBe(message);
  });
});

describe("readSignInForm", () => {
  it("only asks for both fields, without hinting at password rules", () => {
    expect(readSignInForm(formOf({ email: "ann@example.com", password: "x" })).ok).toBe(true);
    expect(readSignInForm(formOf({ email: "", password: "" }))).toEqual({
      ok: false,
      errors: { email: "Enter your email address", password: "Enter your password" },
    });
  });
});

describe("readForgotPasswordForm and readNewPasswordForm", () => {
  it("checks the e-mail of a reset request", () => {
    expect(readForgotPasswordForm(formOf({ email: "ANN@example.com" }))).toEqual({
      ok: true,
      values: { email: "ann@example.com" },
    });
  });

  it("compares the new password with the e-mail from the link", () => {
    expect(readNewPasswordForm(formOf({ password: "ann@example.com" }), "Ann@Example.com")).toEqual({
      ok: false,
      errors: { password: "Password must not be your email address" },
    });
  });
});
