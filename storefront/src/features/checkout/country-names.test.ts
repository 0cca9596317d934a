import { describe, expect, it } from "vitest";
import { countryName } from "./country-names";

describe("countryName", () => {
  it("names a country from its ISO code", () => {
    expect(countryName("fr")).toBe("France");
    expect(countryName("GB")).toBe("United Kingdom");
  });

  it("falls back to the code when it is not a country", () => {
    expect(countryName("zz1")).toBe("ZZ1");
  });
});
