import { useEffect, useRef } from 'react';
import { useStore } from '../store';

const cardOf = (id: string) => document.querySelector<HTMLElement>(`.feature-card[data-feature-id="${CSS.escape(id)}"]`);
/** Where a card lives: the popup, the bottom sheet, or the card itself. */
const CARD_HOSTS = '.feature-card, .maplibregl-popup, .detail-sheet';

/** Whether a key press belongs to a text field or a combobox, which give Escape a meaning of their own. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || target.getAttribute('role') === 'combobox');
}

/**
 * Keyboard use of the feature card: Escape closes it; opening a feature from
 * a list moves focus to its card (wherever it renders: popup or sheet), and
 * closing it returns focus to what opened it, unless focus has moved on.
 */
export function useCardFocus(): void {
  const selected = useStore((s) => s.selected);
  const origin = useStore((s) => s.selectOrigin);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || typing(e.target) || !useStore.getState().selected) return;
      useStore.getState().select(null, 'list');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (selected && origin === 'list') {
      const from = document.activeElement;
      if (from instanceof HTMLElement && !from.closest(CARD_HOSTS)) opener.current = from;
      // The card renders in its own React root (the popup) or in the sheet: look for it over a few frames.
      let frame = 0;
      let tries = 0;
      const focus = () => {
        const card = cardOf(selected);
        if (card) {
          card.tabIndex = -1;
          card.focus({ preventScroll: true });
        } else if (++tries < 10) frame = requestAnimationFrame(focus);
      };
      frame = requestAnimationFrame(focus);
      return () => cancelAnimationFrame(frame);
    }
    if (!selected && opener.current) {
      const back = opener.current;
      opener.current = null;
      const here = document.activeElement;
      const lost = !here || here === document.body || here.closest(CARD_HOSTS) !== null;
      if (lost && back.isConnected) back.focus();
    }
  }, [selected, origin]);
}
