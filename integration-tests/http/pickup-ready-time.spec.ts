/**
 * "Ready by" times that follow a store's opening hours, worked out by hand.
 * Pure TypeScript: no application boots here.
 */
import { parseHours, readyTime, timeZoneOf } from "../../plugins/click-and-collect/src/lib/opening-hours"

const SIX_DAYS = { mon: "10:00–20:00", tue: "10:00–20:00", wed: "10:00–20:00", thu: "10:00–20:00", fri: "10:00–20:00", sat: "10:00–20:00", sun: "closed" }
const LONDON_HOURS = { mon: "10:00–19:00", tue: "10:00–19:00", wed: "10:00–19:00", thu: "10:00–19:00", fri: "10:00–19:00", sat: "10:00–19:00", sun: "12:00–18:00" }
const lyon = { openingHours: SIX_DAYS, timeZone: "Europe/Paris" }
const iso = (date: Date) => date.toISOString()

describe("ready time at a store, staff preparing in opening hours", () => {
  // November: Paris is UTC+1. 2026-11-25 is a Wednesday.
  it("is the lead time later when the store is open long enough", () => {
    const ready = readyTime({ ...lyon, from: new Date("2026-11-25T14:00:00Z"), hours: 2, workInStore: true })
    expect(iso(ready)).toBe("2026-11-25T16:00:00.000Z")
  })

  it("carries what is left at closing time over to the next opening", () => {
    // 19:30 in Lyon: 30 minutes tonight, 90 minutes from 10:00 tomorrow.
    const ready = readyTime({ ...lyon, from: new Date("2026-11-25T18:30:00Z"), hours: 2, workInStore: true })
    expect(iso(ready)).toBe("2026-11-26T10:30:00.000Z")
  })

  it("starts counting at opening time for an order placed at night", () => {
    const ready = readyTime({ ...lyon, from: new Date("2026-11-26T02:00:00Z"), hours: 2, workInStore: true })
    expect(iso(ready)).toBe("2026-11-26T11:00:00.000Z")
  })

  it("skips a closed Sunday", () => {
    // Saturday 28 November, 21:00 in Lyon → Monday 12:00.
    const ready = readyTime({ ...lyon, from: new Date("2026-11-28T20:00:00Z"), hours: 2, workInStore: true })
    expect(iso(ready)).toBe("2026-11-30T11:00:00.000Z")
  })

  it("follows the clocks going forward (London, last Sunday of March)", () => {
    // Saturday 28 March 2026, 18:00 GMT: one hour left on Saturday, then Sunday opens at 12:00 BST (11:00 UTC).
    const ready = readyTime({
      openingHours: LONDON_HOURS,
      timeZone: "Europe/London",
      from: new Date("2026-03-28T18:00:00Z"),
      hours: 2,
      workInStore: true,
    })
    expect(iso(ready)).toBe("2026-03-29T12:00:00.000Z")
  })
})

describe("ready time for goods sent from the warehouse", () => {
  it("is the transit time when the parcel arrives during opening hours", () => {
    const ready = readyTime({ ...lyon, from: new Date("2026-11-25T10:00:00Z"), hours: 48, workInStore: false })
    expect(iso(ready)).toBe("2026-11-27T10:00:00.000Z")
  })

  it("is the next opening when the parcel arrives while the store is closed", () => {
    // Friday 21:00 + 48 h = Sunday 21:00 (closed) → Monday 10:00 in Lyon.
    const ready = readyTime({ ...lyon, from: new Date("2026-11-27T20:00:00Z"), hours: 48, workInStore: false })
    expect(iso(ready)).toBe("2026-11-30T09:00:00.000Z")
  })
})

describe("stores without usable opening hours", () => {
  it("fall back to calendar time", () => {
    const from = new Date("2026-11-25T22:00:00Z")
    const noHours = readyTime({ openingHours: null, timeZone: "UTC", from, hours: 2, workInStore: true })
    const alwaysClosed = readyTime({ openingHours: { mon: "closed" }, timeZone: "UTC", from, hours: 2, workInStore: true })
    expect(iso(noHours)).toBe("2026-11-26T00:00:00.000Z")
    expect(iso(alwaysClosed)).toBe("2026-11-26T00:00:00.000Z")
  })
})

describe("opening hours text and time zones", () => {
  it("reads hours with any dash, and refuses what is not a day's opening", () => {
    expect(parseHours("10:00–20:00")).toEqual({ open: 600, close: 1200 })
    expect(parseHours("9:30-18:00")).toEqual({ open: 570, close: 1080 })
    expect(parseHours("closed")).toBeNull()
    expect(parseHours("20:00–10:00")).toBeNull()
    expect(parseHours("10:00–25:00")).toBeNull()
    expect(parseHours(undefined)).toBeNull()
  })

  it("takes a store's own zone, else its country's, else UTC", () => {
    expect(timeZoneOf("Europe/Lisbon", "fr")).toBe("Europe/Lisbon")
    expect(timeZoneOf("Mars/Olympus", "gb")).toBe("Europe/London")
    expect(timeZoneOf(undefined, "FR")).toBe("Europe/Paris")
    expect(timeZoneOf(undefined, "jp")).toBe("UTC")
  })
})
