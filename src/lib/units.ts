/**
 * The report's units in English, in one table: a figure keeps the report's
 * own unit (27.4亿元) and gains an English one beside it (2.74 billion yuan).
 * A unit is a base (元, 平方米, 家 …) with an optional multiplier prefix
 * (万 = 10,000, 亿 = 100 million); counting words with no English noun of
 * their own (个, 条) give the bare number, the label saying what is counted.
 */
const BASE_UNITS: Readonly<Record<string, string>> = {
  元: 'yuan',
  美元: 'US dollars',
  平方米: 'm²',
  平方公里: 'km²',
  公里: 'km',
  米: 'm',
  亩: 'mu (1 mu = 1/15 ha)',
  '%': '%',
  家: 'firms',
  个: '',
  条: '',
  座: '',
  户: 'households or firms',
  套: 'units',
  栋: 'buildings',
  所: 'schools',
  处: 'sites',
  片: 'areas',
  宗: 'parcels',
  项: 'items',
  件: 'cases',
  起: 'cases',
  张: 'cards',
  台: 'units',
  场: 'events',
  轮: 'rounds',
  次: 'times',
  人: 'people',
  名: 'people',
  人次: 'person-times',
  剂次: 'doses',
  年: 'years',
  个月: 'months',
  小时: 'hours',
  '': '',
};

const PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['亿', 1e8],
  ['万', 1e4],
];

/** The unit read as a multiplier and an English base, or null when the table does not know it. */
export function unitInEnglish(unit: string): { scale: number; en: string } | null {
  const base = BASE_UNITS[unit];
  if (base !== undefined) return { scale: 1, en: base };
  for (const [prefix, scale] of PREFIXES) {
    const rest = BASE_UNITS[unit.slice(prefix.length)];
    if (unit.startsWith(prefix) && rest !== undefined) return { scale, en: rest };
  }
  return null;
}

/** 2740000000 → "2.74 billion", 574000 → "574,000". */
function englishNumber(n: number): string {
  const round = (x: number) => Number(x.toPrecision(6)).toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (Math.abs(n) >= 1e9) return `${round(n / 1e9)} billion`;
  if (Math.abs(n) >= 1e6) return `${round(n / 1e6)} million`;
  return round(n);
}

/** A figure in English words and units ("2.74 billion yuan", "133 firms", "4.3%"), or null for a unit the table lacks. */
export function englishFigure(value: number, unit: string): string | null {
  const u = unitInEnglish(unit);
  if (!u) return null;
  const n = englishNumber(value * u.scale);
  if (u.en === '%') return `${n}%`;
  return u.en ? `${n} ${u.en}` : n;
}
