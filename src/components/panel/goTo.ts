const motion = (): ScrollBehavior => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

/** The nearest ancestor that scrolls vertically. */
function scroller(el: Element): HTMLElement | null {
  for (let p = el.parentElement; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if ((y === 'auto' || y === 'scroll') && p.scrollHeight > p.clientHeight) return p;
  }
  return null;
}

/**
 * Scrolls only the panel that holds `el` (scrollIntoView would also move the
 * page), to the top or the middle of what the sticky toolbar leaves visible.
 */
export function scrollWithin(el: Element, block: 'start' | 'center'): void {
  const box = scroller(el);
  if (!box) return;
  const sticky = box.querySelector('.r-toolbar')?.getBoundingClientRect().height ?? 0;
  const r = el.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const room = box.clientHeight - sticky;
  const lead = block === 'center' ? sticky + Math.max(0, (room - r.height) / 2) : sticky + 8;
  box.scrollTo({ top: box.scrollTop + (r.top - b.top) - lead, behavior: motion() });
}

/** Moves focus to a panel's heading or block (tabIndex -1) and scrolls it to the top of the panel. */
export function goToSection(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  el.focus({ preventScroll: true });
  scrollWithin(el, 'start');
}
