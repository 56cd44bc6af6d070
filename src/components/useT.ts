import { type StringKey, translate } from '../lib/i18n';
import { useStore } from '../store';

/** The current language and a translator for UI strings. */
export function useT() {
  const lang = useStore((s) => s.lang);
  return { lang, t: (key: StringKey) => translate(lang, key) };
}
