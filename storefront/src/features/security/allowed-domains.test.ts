import { describe, expect, it } from "vitest";
import { allowedDomainsOf } from "./allowed-domains";

describe("allowedDomainsOf", () => {
  it("names the https shop behind its proxy, with its port when it has one", () => {
    expect(allowedDomainsOf("https://shop.example")).toEqual([{ protocol: "https", hostname: "shop.example" }]);
    expect(allowedDomainsOf("https://shop.example:8443/")).toEqual([{ protocol: "https", hostname: "shop.example", port: "8443" }]);
  });

  it("trusts no forwarded header for a plain-http shop or without an address", () => {
    expect(allowedDomainsOf("http://localhost:4321")).toEqual([]);
    expect(allowedDomainsOf(undefined)).toEqual([]);
  });
});
