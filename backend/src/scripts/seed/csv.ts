/**
 * The Online Retail files are read and written with the recommendations
 * plugin's CSV helpers, so the project has one parser for that format.
 */
import { parseCsvText } from "@fairmade/recommendations/data/csv"

export { parseCsvLine, toCsvLine } from "@fairmade/recommendations/data/csv"

/** Records of a whole CSV text, keyed by the header's column names. */
export const parseCsv = (text: string): Record<string, string>[] => [...parseCsvText(text)]
