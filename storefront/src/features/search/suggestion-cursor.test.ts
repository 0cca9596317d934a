import { describe, expect, it } from "vitest";
import { nextActive } from "./suggestion-cursor";

describe("arrow keys in the suggestion list", () => {
  it("goes down the list, then back to the text box", () => {
    expect([nextActive(-1, 1, 3), nextActive(0, 1, 3), nextActive(2, 1, 3)]).toEqual([0, 1, -1]);
  });

  it("goes up from the text box to the last suggestion", () => {
    expect([nextActive(-1, -1, 3), nextActive(0, -1, 3)]).toEqual([2, -1]);
  });

  it("stays in the text box when there is nothing to suggest", () => {
    expect(nextActive(-1, 1, 0)).toBe(-1);
  });
});
