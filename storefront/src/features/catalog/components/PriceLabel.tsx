import "./price-label.css";

interface Props {
  /** Formatted, e.g. "€4.90". */
  price: string;
  /** The price before a sale, struck through. */
  originalPrice?: string | undefined;
  /** "From €4.90" when variants cost different amounts. */
  from?: boolean;
  className?: string;
}

/**
 * A price, with the price before a sale struck through. Screen readers hear
 * "Was €12.00, now €9.00", since a strike-through alone is not announced.
 */
export default function PriceLabel({ price, originalPrice, from = false, className = "price" }: Props) {
  return (
    <p className={className}>
      {from && "From "}
      {originalPrice && (
        <>
          <s className="price__original">
            <span className="visually-hidden">Was </span>
            {originalPrice}
          </s>{" "}
        </>
      )}
      <span className={originalPrice ? "price__current price__current--sale" : "price__current"}>
        {originalPrice && <span className="visually-hidden">now </span>}
        {price}
      </span>
    </p>
  );
}
