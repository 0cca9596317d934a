export interface ProductFact {
  label: string;
  value: string;
}

/** Metadata keys the catalogue fills in, with the label shown to shoppers. */
const FACT_LABELS = { origin: "Origin", materials: "Materials", care: "Care" } as const;

/** Metadata is free-form JSON: accept a string or a list of strings, ignore anything else. */
function asText(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (Array.isArray(value)) {
    const parts = value.filter((part): part is string => typeof part === "string" && part.trim() !== "");
    return parts.length > 0 ? parts.map((part) => part.trim()).join(", ") : undefined;
  }
  return undefined;
}

export function productFacts(metadata: Record<string, unknown> | null | undefined): ProductFact[] {
  return Object.entries(FACT_LABELS).flatMap(([key, label]) => {
    const value = asText(metadata?.[key]);
    return value ? [{ label, value }] : [];
  });
}
