import { describe, expect, it } from "vitest";
import type { StoreAvailability } from "../pickup/pickup-store-api";
import { groupDeliveryOptions, isCollectInStore } from "./delivery-options";

const shipping = { fulfillment_set: { type: "shipping" } };
const pickup = { fulfillment_set: { type: "pickup" } };

const standard = { id: "so_std", name: "Standard delivery", amount: 4.9, type: { description: "2–4 working days." }, service_zone: shipping };
const express = { id: "so_exp", name: "Express delivery", amount: 9.9, service_zone: shipping };
const lyon = { id: "so_lyon", name: "Collect in store — Lyon Part-Dieu", amount: 0, service_zone: pickup };
const paris = { id: "so_paris", name: "Collect in store — Paris Le Marais", amount: 0, service_zone: pickup };

describe("groupDeliveryOptions", () => {
  it("puts home delivery beside collection in store, cheapest first", () => {
    const groups = groupDeliveryOptions([paris, express, lyon, standard]);
    expect(groups.home.map((choice) => choice.id)).toEqual(["so_std", "so_exp"]);
    expect(groups.collect.map((choice) => choice.id)).toEqual(["so_lyon", "so_paris"]);
  });

  it("names pickup choices by their store and keeps descriptions", () => {
    const groups = groupDeliveryOptions([standard, lyon]);
    expect(groups.collect[0]).toEqual({ id: "so_lyon", label: "Lyon Part-Dieu", amount: 0 });
    expect(groups.home[0]).toEqual({ id: "so_std", label: "Standard delivery", amount: 4.9, description: "2–4 working days." });
  });

  it("leaves out options without a price in the cart's currency", () => {
    const london = { ...lyon, id: "so_london", name: "Collect in store — London Covent Garden", amount: null };
    expect(groupDeliveryOptions([london, standard]).collect).toEqual([]);
  });
});

describe("groupDeliveryOptions with the stores' availability for the cart", () => {
  const availability = (overrides: Partial<StoreAvailability>): StoreAvailability => ({
    location_id: "sloc",
    name: "Store",
    handle: "store",
    can_serve: true,
    ready_in_hours: 2,
    ready_by: null,
    lines: [],
    reason: null,
    shipping_option_ids: [],
    time_zone: "Europe/Paris",
    ...overrides,
  });
  const now = new Date("2026-11-25T14:00:00Z");

  it("promises each store's ready time in its own time, and puts stores that cannot serve last, with why", () => {
    const stores = [
      availability({ name: "Lyon Part-Dieu", shipping_option_ids: ["so_lyon"], can_serve: false, ready_in_hours: null, reason: "Oak stool is not in stock in the quantity asked for." }),
      availability({ name: "Paris Le Marais", shipping_option_ids: ["so_paris"], ready_by: "2026-11-25T16:00:00Z" }),
    ];
    const { collect } = groupDeliveryOptions([lyon, paris, standard], stores, now);
    expect(collect).toEqual([
      { id: "so_paris", label: "Paris Le Marais", amount: 0, description: "Ready today at 17:00" },
      { id: "so_lyon", label: "Lyon Part-Dieu", amount: 0, unavailable: "Oak stool is not in stock in the quantity asked for." },
    ]);
  });

  it("leaves a store as it is when its availability is unknown", () => {
    expect(groupDeliveryOptions([lyon], [], now).collect).toEqual([{ id: "so_lyon", label: "Lyon Part-Dieu", amount: 0 }]);
  });
});

describe("isCollectInStore", () => {
  it("recognises a pickup fulfillment set whatever the option's name", () => {
    expect(isCollectInStore({ id: "so_1", name: "Click & collect", service_zone: pickup })).toBe(true);
  });

  it("recognises the naming contract when the fulfillment set was not requested", () => {
    expect(isCollectInStore({ id: "so_2", name: "Collect in store — Lyon" })).toBe(true);
    expect(isCollectInStore({ id: "so_3", name: "Standard delivery" })).toBe(false);
  });
});
