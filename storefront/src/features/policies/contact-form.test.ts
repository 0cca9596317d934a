import { describe, expect, it } from "vitest";
import { readContactForm } from "./contact-form";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

describe("readContactForm", () => {
  it("reads a good message, trimming and dropping an empty order number", () => {
    expect(readContactForm(form({ name: " Alex ", email: "alex@example.test", topic: "order", order_reference: "", message: "Where is my parcel?" }))).toEqual({
      ok: true,
      values: { name: "Alex", email: "alex@example.test", topic: "order", order_reference: null, message: "Where is my parcel?" },
    });
  });

  it("names each field to fix", () => {
    const read = readContactForm(form({ name: "", email: "nope", topic: "spam", order_reference: "x".repeat(41), message: "short" }));
    expect(read).toEqual({
      ok: false,
      errors: {
        name: "Give your name",
        email: "Give an e-mail address we can answer to",
        topic: "Choose what your message is about",
        order_reference: "An order number is at most 40 characters",
        message: "Write your message (10 characters at least)",
      },
    });
  });
});
