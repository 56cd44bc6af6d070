import { useMemo } from 'react';
import { type Lang, type Strings, type Text, textFor } from '../lib/i18n';
import { useStore } from '../store';

/** The language the UI speaks now. */
export function useLang(): Lang {
  return useStore((s) => s.lang);
}

/** A string table read in the current language: `t('key', { n: 3 })`. */
export function useText<T extends Strings>(table: T): Text<T> {
  const lang = useLang();
  return useMemo(() => textFor(table, lang), [table, lang]);
}
