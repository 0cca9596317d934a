// In-store return workflows are exported from here as they land.
export {}
