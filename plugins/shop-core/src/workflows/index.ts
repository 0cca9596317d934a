export * from "./create-staff-member"
export * from "./update-staff-member"
export * from "./remove-staff-member"
