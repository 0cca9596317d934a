export * from "./complete-counter-sale"
export * from "./open-counter-sale"
