import { describe, expect, it } from "vitest";
import { asServiceUnavailable } from "./unavailable-status";

describe("asServiceUnavailable", () => {
  it("answers the outage page with 503, keeping its body and Retry-After", async () => {
    const page = new Response("<h1>The shop is taking a short break</h1>", { status: 500, headers: { "Retry-After": "10", "Content-Type": "text/html" } });
    const answer = asServiceUnavailable(page);
    expect(answer.status).toBe(503);
    expect(answer.headers.get("Retry-After")).toBe("10");
    expect(await answer.text()).toContain("short break");
  });

  it("leaves other errors and normal pages alone", () => {
    const broken = new Response("Something went wrong", { status: 500 });
    expect(asServiceUnavailable(broken)).toBe(broken);
    const fine = new Response("ok", { status: 200, headers: { "Retry-After": "10" } });
    expect(asServiceUnavailable(fine)).toBe(fine);
  });
});
