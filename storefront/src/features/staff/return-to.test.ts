import { describe, expect, it } from "vitest";
import { safeStaffReturnTo, STAFF_HOME, withStaffReturnTo } from "./return-to";

describe("safeStaffReturnTo", () => {
  it("keeps staff pages with their query", () => {
    expect(safeStaffReturnTo("/staff/pickups/pick_1?done=ready")).toBe("/staff/pickups/pick_1?done=ready");
    expect(safeStaffReturnTo("/staff/returns")).toBe("/staff/returns");
  });

  it("refuses other sites, shop pages, look-alike paths and the sign-in page", () => {
    for (const value of ["//evil.example/staff", "/\\evil.example", "https://evil.example/staff", "/account", "/staffroom", "/staff/sign-in", undefined, 42]) {
      expect(safeStaffReturnTo(value)).toBe(STAFF_HOME);
    }
  });

  it("builds links that remember the page", () => {
    expect(withStaffReturnTo("/staff/sign-in", "/staff/pickups?status=ready")).toBe("/staff/sign-in?return_to=%2Fstaff%2Fpickups%3Fstatus%3Dready");
  });
});
