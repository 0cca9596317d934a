// Workflows are exported from here as they land.
export {}
