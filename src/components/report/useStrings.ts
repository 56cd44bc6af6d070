import type { Lang } from '../../lib/i18n';
import { useStore } from '../../store';

/**
 * A panel's own UI strings: Chinese first, English with the same keys.
 * Returns the table for the current language.
 */
export function useStrings<T extends Record<string, string>>(table: { zh: T; en: Record<keyof T, string> }): T {
  const lang = useStore((s) => s.lang);
  return (lang === 'zh' ? table.zh : table.en) as T;
}

/** Fills {n}-style slots in a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

export type { Lang };
