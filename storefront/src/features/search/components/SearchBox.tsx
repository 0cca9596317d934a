import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { nextActive } from "../suggestion-cursor";
import "./search-box.css";

export interface Suggestion {
  handle: string;
  title: string;
  /** Escaped by the backend, with <mark>: safe as HTML. */
  highlight: string;
  price: string | null;
}

interface Props {
  initialQuery?: string;
}

const DEBOUNCE_MS = 180;
const MAX_QUERY_LENGTH = 200;

/**
 * The header's search box: a plain GET form to /search (so it works without
 * JavaScript) that, once hydrated, also suggests products as the shopper
 * types, following the ARIA combobox pattern (arrows, Enter, Escape).
 */
export default function SearchBox({ initialQuery = "" }: Props) {
  const [query, setQuery] = useState(initialQuery);
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useRef(false);
  // Marks the form once React has taken over, for styles and tests that need the suggestions.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const id = useId();
  const listId = `${id}-suggestions`;
  const optionId = (index: number) => `${id}-option-${index}`;

  useEffect(() => {
    const q = query.trim();
    if (!typed.current || !q) {
      setSuggestions([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!response.ok) return;
        const { suggestions } = (await response.json()) as { suggestions: Suggestion[] };
        setSuggestions(suggestions);
        setActive(-1);
        setOpen(true);
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const expanded = open && suggestions.length > 0;
  const goTo = (suggestion: Suggestion) => window.location.assign(`/products/${suggestion.handle}`);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!suggestions.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => nextActive(current, step, suggestions.length));
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      goTo(suggestions[active]);
    } else if (event.key === "Escape") {
      setOpen(false);
      setActive(-1);
    }
  }

  return (
    <form className="search-box" role="search" action="/search" method="get" data-hydrated={hydrated || undefined}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        Search products
      </label>
      <input
        id={`${id}-input`}
        type="search"
        name="q"
        placeholder="Search products"
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          typed.current = true;
          setQuery(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      <button type="submit">Search</button>
      <ul id={listId} role="listbox" aria-label="Suggested products" className="search-box__list" hidden={!expanded}>
        {suggestions.map((suggestion, index) => (
          <li
            key={suggestion.handle}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="search-box__option"
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              goTo(suggestion);
            }}
          >
            <span dangerouslySetInnerHTML={{ __html: suggestion.highlight }} />
            {suggestion.price && <span className="search-box__price">{suggestion.price}</span>}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {expanded ? `${suggestions.length} suggestions, use the arrow keys to choose` : ""}
      </p>
    </form>
  );
}
