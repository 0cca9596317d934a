import { describe, expect, it } from "vitest";
import { pickupEnding, pickupSteps } from "./pickup-progress";

const states = (status: Parameters<typeof pickupSteps>[0]) => pickupSteps(status).map((step) => step.state);

describe("pickup progress for shoppers", () => {
  it("marks the steps passed, the current one, and those to come", () => {
    expect(states("received")).toEqual(["current", "todo", "todo", "todo"]);
    expect(states("ready")).toEqual(["done", "done", "current", "todo"]);
    expect(states("collected")).toEqual(["done", "done", "done", "done"]);
    expect(pickupSteps("preparing")[1]).toEqual({ label: "Being prepared", state: "current" });
  });

  it("explains a pickup that ended without a collection, with the store's reason", () => {
    expect(states("rejected")).toEqual(["todo", "todo", "todo", "todo"]);
    expect(pickupEnding("rejected", "The vase arrived broken.")).toMatch(/could not prepare .* Reason: The vase arrived broken\.$/);
    expect(pickupEnding("expired", null)).toMatch(/not collected in time/);
    expect(pickupEnding("ready", null)).toBeNull();
  });
});
