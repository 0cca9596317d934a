import { useState, type MouseEvent } from "react";
import type { PickerOption, PickerVariant } from "../product-view";
import { variantForChoice } from "../variant-selection";
import VariantSummary from "./VariantSummary";
import "./variant-picker.css";

interface Props {
  productId: string;
  productTitle: string;
  options: PickerOption[];
  variants: PickerVariant[];
  initialVariantId: string;
}

const variantHref = (variant: PickerVariant) => `?variant=${encodeURIComponent(variant.id)}`;

/**
 * Option values are plain `?variant=` links, so choosing works without JavaScript (the
 * server renders the chosen variant). Once hydrated, a click switches in place instead.
 */
export default function VariantPicker({ productId, productTitle, options, variants, initialVariantId }: Props) {
  const [selectedId, setSelectedId] = useState(initialVariantId);
  const selected = variants.find((variant) => variant.id === selectedId) ?? variants[0];
  if (!selected) return null;

  function choose(event: MouseEvent<HTMLAnchorElement>, variant: PickerVariant) {
    event.preventDefault();
    setSelectedId(variant.id);
    window.history.replaceState(window.history.state, "", variantHref(variant));
  }

  return (
    <div className="variant-picker">
      {options.map((option) => {
        const labelId = `option-${option.id}`;
        return (
          <div className="option" role="group" aria-labelledby={labelId} key={option.id}>
            <p className="option__label" id={labelId}>
              {option.title}: <strong>{selected.options[option.id] ?? "—"}</strong>
            </p>
            <ul className="option__values">
              {option.values.map((value) => {
                const target = variantForChoice(variants, selected.options, option.id, value);
                const isSelected = selected.options[option.id] === value;
                return (
                  <li key={value}>
                    {target ? (
                      <a
                        className="chip option__value"
                        href={variantHref(target)}
                        aria-current={isSelected ? "true" : undefined}
                        onClick={(event) => choose(event, target)}
                      >
                        {value}
                      </a>
                    ) : (
                      <span className="chip option__value" aria-disabled="true">
                        {value}
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
      <VariantSummary productId={productId} productTitle={productTitle} variant={selected} />
    </div>
  );
}
