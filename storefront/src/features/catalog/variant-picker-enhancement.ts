/**
 * Switches the product page's variant picker in place (VariantPicker.astro renders one block
 * per variant): a click on an option value shows that variant's block, keeps the URL shareable
 * and announces the new price and stock, since a block that appears is not read out by itself.
 */
export function enhanceVariantPicker(picker: HTMLElement): void {
  const announcement = picker.querySelector<HTMLElement>("[data-variant-announcement]");
  picker.addEventListener("click", (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>("a[data-variant-target]");
    const targetId = link?.dataset.variantTarget;
    if (!link || !targetId) return;
    const blocks = [...picker.querySelectorAll<HTMLElement>("[data-variant-choice]")];
    const target = blocks.find((block) => block.dataset.variantChoice === targetId);
    if (!target) return;
    event.preventDefault();
    for (const block of blocks) block.hidden = block !== target;
    // The chosen colour's own picture, when it has one, replaces the gallery's first.
    const picture = document.querySelector<HTMLImageElement>("img[data-gallery-main]");
    if (picture && target.dataset.variantImage) picture.src = target.dataset.variantImage;
    window.history.replaceState(window.history.state, "", link.href);
    target.querySelector<HTMLElement>(`a[data-variant-target="${CSS.escape(targetId)}"]`)?.focus();
    const summary = target.querySelector<HTMLElement>(".variant-summary");
    if (announcement && summary) announcement.textContent = summary.textContent?.replace(/\s+/g, " ").trim() ?? "";
  });
  picker.dataset.hydrated = "true";
}
