/** The longest range the API takes (20 years) ending tomorrow: "all orders so far" for promotion totals. */
export function allTime() {
  const to = new Date(Date.now() + 86_400_000)
  const from = new Date(to.getTime() - 7_300 * 86_400_000)
  return `from=${from.toISOString().slice(0, 10)}&to=${to.toISOString().slice(0, 10)}`
}
