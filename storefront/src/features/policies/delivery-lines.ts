import { formatMoney } from "../../lib/money";
import type { DeliveryPolicyOption, DeliveryPolicyRegion } from "./policy-types";

export interface DeliveryLine {
  name: string;
  price: string;
  condition: string | null;
  description: string | null;
}

/** One line per option: its price, and when a rule on the basket makes it free or cheaper. */
export function deliveryLine(option: DeliveryPolicyOption, currencyCode: string): DeliveryLine {
  const price = option.amount === 0 ? "Free" : formatMoney(option.amount, currencyCode);
  const reduced = option.reduced_from;
  const condition = reduced
    ? `${reduced.amount === 0 ? "Free" : formatMoney(reduced.amount, currencyCode)} for orders of ${formatMoney(reduced.item_total, currencyCode)} or more`
    : null;
  return { name: option.name, price, condition, description: option.description };
}

/** Home delivery options first; collection options are summed up per region on the page. */
export function regionDeliveryLines(region: DeliveryPolicyRegion): { delivery: DeliveryLine[]; pickup: DeliveryLine[] } {
  const lines = (kind: DeliveryPolicyOption["kind"]) =>
    region.options.filter((option) => option.kind === kind).map((option) => deliveryLine(option, region.currency_code));
  return { delivery: lines("delivery"), pickup: lines("pickup") };
}
