// The plugin's workflows, for the application, scripts and tests to run.
export * from "./ensure-return-reasons"
export * from "./receive-store-return"
export * from "./request-store-return"
export * from "./retry-store-return-refund"
export * from "./send-return-booked"
export * from "./send-return-receipt"
export * from "./update-return-policy"
export * from "./recover-interrupted-returns"
