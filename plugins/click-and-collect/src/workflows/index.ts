// Click-and-collect workflows are exported from here as they land.
export {}
