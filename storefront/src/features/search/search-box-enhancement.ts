import { nextActive } from "./suggestion-cursor";

export interface Suggestion {
  handle: string;
  title: string;
  /** Escaped by the backend, with <mark>: safe as HTML. */
  highlight: string;
  price: string | null;
}

const DEBOUNCE_MS = 180;

/**
 * Suggestions for the header's search form (SearchBox.astro), in plain DOM code: the
 * listing pages ship no framework runtime for one text box. Marks the form
 * `data-hydrated` once it listens, for styles and tests that need the suggestions.
 */
export function enhanceSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>("input[role=combobox]");
  const list = form.querySelector<HTMLUListElement>("[role=listbox]");
  const status = form.querySelector<HTMLElement>("[data-search-box-status]");
  if (!input || !list || !status) return;

  let suggestions: Suggestion[] = [];
  let open = false;
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;
  const optionId = (index: number) => `${list.id}-option-${index}`;

  function render(): void {
    const expanded = open && suggestions.length > 0;
    input!.setAttribute("aria-expanded", String(expanded));
    if (expanded && active >= 0) input!.setAttribute("aria-activedescendant", optionId(active));
    else input!.removeAttribute("aria-activedescendant");
    list!.hidden = !expanded;
    status!.textContent = expanded ? `${suggestions.length} suggestions, use the arrow keys to choose` : "";
    list!.replaceChildren(
      ...suggestions.map((suggestion, index) => {
        const option = document.createElement("li");
        option.id = optionId(index);
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", String(index === active));
        option.className = "search-box__option";
        const title = document.createElement("span");
        title.innerHTML = suggestion.highlight;
        option.append(title);
        if (suggestion.price) {
          const price = document.createElement("span");
          price.className = "search-box__price";
          price.textContent = suggestion.price;
          option.append(price);
        }
        // mousedown, not click: the input's blur would close the list first.
        option.addEventListener("mousedown", (event) => {
          event.preventDefault();
          goTo(suggestion);
        });
        return option;
      }),
    );
  }

  const goTo = (suggestion: Suggestion) => window.location.assign(`/products/${encodeURIComponent(suggestion.handle)}`);

  function suggest(): void {
    clearTimeout(timer);
    controller?.abort();
    const q = input!.value.trim();
    if (!q) {
      suggestions = [];
      render();
      return;
    }
    const current = new AbortController();
    controller = current;
    timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: current.signal });
        if (!response.ok) return;
        ({ suggestions } = (await response.json()) as { suggestions: Suggestion[] });
        active = -1;
        open = true;
        render();
      } catch {
        // Aborted by a newer keystroke, or offline: the form still submits.
      }
    }, DEBOUNCE_MS);
  }

  input.addEventListener("input", suggest);
  input.addEventListener("keydown", (event) => {
    const expanded = open && suggestions.length > 0;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!suggestions.length) return;
      event.preventDefault();
      open = true;
      active = nextActive(active, event.key === "ArrowDown" ? 1 : -1, suggestions.length);
      render();
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      goTo(suggestions[active]!);
    } else if (event.key === "Escape") {
      open = false;
      active = -1;
      render();
    }
  });
  input.addEventListener("blur", () => {
    open = false;
    render();
  });
  input.addEventListener("focus", () => {
    open = true;
    render();
  });
  form.dataset.hydrated = "true";
}
