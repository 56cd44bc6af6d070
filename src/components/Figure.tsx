import { englishFigure } from '../lib/units';
import { useLang } from './useText';

/** A figure as the report writes it (27.4亿元), and in English also in English units beside it (2.74 billion yuan). */
export function Figure({ value, unit, written }: { value: number | null; unit: string; written?: string }) {
  const lang = useLang();
  const own = written ?? `${value ?? ''}${unit}`;
  const en = lang === 'en' && value !== null ? englishFigure(value, unit) : null;
  return (
    <>
      <span lang="zh-CN">{own}</span>
      {en && en !== own && <span className="unit-en"> ({en})</span>}
    </>
  );
}
