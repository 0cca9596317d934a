import { FetchError } from "@medusajs/js-sdk";
import { describe, expect, it } from "vitest";
import { refusalOf } from "./refusal";

describe("refusalOf", () => {
  it("shows a 4xx in the back office's words, with its status", () => {
    expect(refusalOf(new FetchError("That collection code does not match.", "Bad Request", 400))).toEqual({
      alert: "That collection code does not match.",
      status: 400,
    });
  });

  it("answers 404 for an unknown record, and throws outages", () => {
    expect((refusalOf(new FetchError("Not found", "Not Found", 404)) as Response).status).toBe(404);
    expect(() => refusalOf(new FetchError("Boom", "Internal Server Error", 500))).toThrow("Boom");
    expect(() => refusalOf(new TypeError("fetch failed"))).toThrow("fetch failed");
  });
});
