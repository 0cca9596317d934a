import { describe, expect, it } from "vitest";
import { FORM_BODY_LIMIT, JSON_BODY_LIMIT, bodyLimitFor, refuseOversizedBody } from "./body-limit";

const post = (body: BodyInit, headers: Record<string, string>) => new Request("http://shop.test/api/x", { method: "POST", body, headers });

/** A body streamed without Content-Length, as a chunked upload arrives. */
const streamed = (bytes: number) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (let sent = 0; sent < bytes; sent += 16 * 1024) controller.enqueue(new Uint8Array(Math.min(16 * 1024, bytes - sent)));
      controller.close();
    },
  });

describe("bodyLimitFor", () => {
  it("gives JSON 64 KB and forms 1 MB", () => {
    expect(bodyLimitFor("application/json")).toBe(64 * 1024);
    expect(bodyLimitFor("application/json; charset=utf-8")).toBe(JSON_BODY_LIMIT);
    expect(bodyLimitFor("application/merge-patch+json")).toBe(JSON_BODY_LIMIT);
    expect(bodyLimitFor("application/x-www-form-urlencoded")).toBe(1024 * 1024);
    expect(bodyLimitFor("multipart/form-data; boundary=x")).toBe(FORM_BODY_LIMIT);
    expect(bodyLimitFor(null)).toBe(FORM_BODY_LIMIT);
  });
});

describe("refuseOversizedBody", () => {
  it("lets a body at the limit through, unread", async () => {
    const request = post("a".repeat(JSON_BODY_LIMIT), { "content-type": "application/json", "content-length": String(JSON_BODY_LIMIT) });
    expect(await refuseOversizedBody(request)).toBeUndefined();
    expect((await request.text()).length).toBe(JSON_BODY_LIMIT);
  });

  it("answers 413 with a JSON message for JSON over 64 KB", async () => {
    const refused = await refuseOversizedBody(
      post("a".repeat(JSON_BODY_LIMIT + 1), { "content-type": "application/json", "content-length": String(JSON_BODY_LIMIT + 1) }),
    );
    expect(refused?.status).toBe(413);
    expect(await refused?.json()).toEqual({ type: "payload_too_large", message: expect.stringMatching(/too large.*64 KB/) });
  });

  it("answers 413 with a readable message for a form over 1 MB", async () => {
    const size = FORM_BODY_LIMIT + 1;
    const refused = await refuseOversizedBody(post("a".repeat(size), { "content-type": "application/x-www-form-urlencoded", "content-length": String(size) }));
    expect(refused?.status).toBe(413);
    expect(refused?.headers.get("content-type")).toMatch(/text\/plain/);
    expect(await refused?.text()).toMatch(/too large: at most 1 MB/);
  });

  it("measures a body sent without Content-Length, and leaves a small one readable", async () => {
    const big = new Request("http://shop.test/api/x", { method: "POST", body: streamed(JSON_BODY_LIMIT + 10), headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect((await refuseOversizedBody(big))?.status).toBe(413);
    const small = new Request("http://shop.test/api/x", { method: "POST", body: streamed(1000), headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(await refuseOversizedBody(small)).toBeUndefined();
    expect((await small.arrayBuffer()).byteLength).toBe(1000);
  });

  it("ignores requests without a body", async () => {
    expect(await refuseOversizedBody(new Request("http://shop.test/", { method: "GET" }))).toBeUndefined();
  });
});
