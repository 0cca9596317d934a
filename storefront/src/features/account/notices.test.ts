import { describe, expect, it } from "vitest";
import { noticeFor, withNotice } from "./notices";

describe("notices", () => {
  it("shows known notices only", () => {
    expect(noticeFor(new URL("http://shop.test/account/addresses?notice=address-added"))).toBe("The address has been added.");
    expect(noticeFor(new URL("http://shop.test/account?notice=Your+account+is+locked"))).toBeUndefined();
    expect(noticeFor(new URL("http://shop.test/account?notice=toString"))).toBeUndefined();
  });

  it("adds the notice to a path, keeping its query", () => {
    expect(withNotice("/account/sign-in?return_to=%2Faccount", "signed-out")).toBe(
      "/account/sign-in?return_to=%2Faccount&notice=signed-out",
    );
  });
});
