import { describe, expect, it } from "vitest";
import { categoryAncestors, categoryAndDescendantIds } from "./category-tree";

describe("categoryAndDescendantIds", () => {
  it("collects the category and all its subcategories", () => {
    const tree = {
      id: "home",
      category_children: [
        { id: "candles", category_children: [{ id: "tea-lights" }] },
        { id: "cushions", category_children: null },
      ],
    };
    expect(categoryAndDescendantIds(tree)).toEqual(["home", "candles", "tea-lights", "cushions"]);
  });
});

describe("categoryAncestors", () => {
  it("lists parents from the outermost down", () => {
    const home = { name: "Home", handle: "home" };
    const candles = { name: "Candles", handle: "candles", parent_category: home };
    const teaLights = { name: "Tea lights", handle: "tea-lights", parent_category: candles };
    expect(categoryAncestors(teaLights).map((category) => category.handle)).toEqual(["home", "candles"]);
  });

  it("is empty for a top-level category", () => {
    expect(categoryAncestors({ name: "Home", handle: "home", parent_category: null })).toEqual([]);
  });
});
