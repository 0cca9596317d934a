/** Figures as marketing reads them: euros with two decimals, shares as percentages, "—" when undefined. */
export const euros = (amount: string | null | undefined) =>
  amount === null || amount === undefined ? "—" : new Intl.NumberFormat(undefined, { style: "currency", currency: "EUR" }).format(Number(amount))

export const percent = (share: number | null | undefined, digits = 1) => (share === null || share === undefined ? "—" : `${(share * 100).toFixed(digits)} %`)

export const signedPercent = (change: number | null | undefined) =>
  change === null || change === undefined ? "—" : `${change > 0 ? "+" : ""}${(change * 100).toFixed(1)} %`

export const count = (value: number | null | undefined) => (value === null || value === undefined ? "—" : new Intl.NumberFormat().format(value))
