import { describe, expect, it } from "vitest";
import { FakeFetchError, formOf } from "../test-fixtures";
import { readSignInForm } from "./credentials-form";
import { bindFields, firstInvalidField, submitForm, UNTOUCHED } from "./form-state";

const redirect = () => new Response(null, { status: 303, headers: { location: "/account" } });

describe("submitForm", () => {
  it("submits valid values and answers the submit's response", async () => {
    let submitted: unknown;
    const answer = await submitForm(
      formOf({ email: "ann@example.com", password: "secret words" }),
      readSignInForm,
      async (values) => {
        submitted = values;
        return redirect();
      },
      "sign-in",
    );
    expect(answer).toBeInstanceOf(Response);
    expect(submitted).toEqual({ email: "ann@example.com", password: "secret words" });
  });

  it("does not submit a form with fields to fix", async () => {
    const answer = await submitForm(formOf({ email: "" }), readSignInForm, async () => redirect(), "sign-in");
    expect(answer).toEqual({
      errors: { email: "Enter your email address", password: "Enter your password" },
      status: 400,
    });
  });

  it("turns the backend's refusal into a message and a status", async () => {
    const answer = await submitForm(
      formOf({ email: "ann@example.com", password: "wrong" }),
      readSignInForm,
      async () => {
        throw new FakeFetchError("Invalid email or password", 401);
      },
      "sign-in",
    );
    expect(answer).toEqual({
      errors: {},
      alert: "Email or password is incorrect",
      failure: "wrong-credentials",
      status: 401,
    });
  });
});

describe("firstInvalidField", () => {
  it("follows the order of the fields on the page", () => {
    expect(firstInvalidField(["first_name", "last_name", "email"], { email: "x", last_name: "y" })).toBe("last_name");
    expect(firstInvalidField(["email"], {})).toBeUndefined();
  });
});

describe("bindFields", () => {
  it("gives each field its value and error, and the cursor to the first error", () => {
    const field = bindFields({ errors: { password: "Enter your password" }, status: 400 }, ["email", "password"], (name) =>
      name === "email" ? "ann@example.com" : undefined,
    );
    expect(field("email")).toEqual({ name: "email", value: "ann@example.com", error: undefined, autofocus: false });
    expect(field("password")).toEqual({ name: "password", value: undefined, error: "Enter your password", autofocus: true });
  });

  it("puts the cursor on the fallback field when no field has an error", () => {
    const field = bindFields<"email" | "password">(UNTOUCHED, ["email", "password"], () => "", "password");
    expect(field("password").autofocus).toBe(true);
  });
});
