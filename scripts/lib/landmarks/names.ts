import { TEXT_LIMITS } from '../../../src/schema/feature';
import { toSimplified } from '../hanzi';

/**
 * Chinese names for items whose Wikidata label is English only, and one
 * label that carries a page title's "简介" (profile). Our own rendering,
 * checked against the item's English label and its coordinate.
 */
const ZH_NAMES: Record<string, string> = {
  Q140986327: '武汉地铁12号线过汉江隧道',
  Q140986232: '武汉地铁6号线过汉江隧道',
  Q139760551: '武汉美术馆琴台馆',
  Q1521208: '葛洲坝国际广场',
  Q131056686: '武汉CFD时代财富中心',
  Q52852231: '武汉市政工程设计研究院',
};

const HAN = /\p{Script=Han}/u;

export interface LandmarkNames {
  name_zh: string;
  name_en: string;
  aliases: string[];
}

/** Strips a qualifier in brackets: "麦加利银行大楼（汉口）" → "麦加利银行大楼". */
// Stryker disable next-line MethodExpression: every candidate is trimmed again below
const unqualified = (name: string) => name.replace(/（[^）]*）/g, '').trim();

/**
 * The names a landmark is shown and found by: name_zh in simplified
 * characters with full-width brackets; name_en without a "Category:" prefix;
 * aliases from the data itself (each part of "A·B", the name without its
 * qualifier, a different OpenStreetMap name of the same object), so a short
 * form matches exactly. Undefined when there is no Chinese name.
 */
// Stryker disable next-line StringLiteral: a default with no Chinese in it is no OSM name either way
export function landmarkNames(qid: string, name: string, nameEn: string, osmName = ''): LandmarkNames | undefined {
  const raw = ZH_NAMES[qid] ?? (HAN.test(name) ? name : undefined);
  if (raw === undefined) return undefined;
  const name_zh = toSimplified(raw)
    .replace(/\s*\(([^)]*)\)/g, '（$1）')
    .trim();
  const candidates = [...name_zh.split('·'), unqualified(name_zh)];
  // Stryker disable next-line MethodExpression: every candidate is trimmed again below
  if (HAN.test(osmName) && !/[A-Za-z]/.test(osmName)) candidates.push(toSimplified(osmName.trim()));
  const aliases = [...new Set(candidates.map((c) => c.trim()))].filter((c) => c !== '' && c !== name_zh);
  const name_en = withinLimit(nameEn.replace(/^Category:/, '').trim());
  return { name_zh: withinLimit(name_zh), name_en: name_en === qid ? '' : name_en, aliases: aliases.map(withinLimit) };
}

/** A name within the schema's length, cut at a word boundary with an ellipsis (some English labels are sentences). */
function withinLimit(name: string): string {
  const max = TEXT_LIMITS.name;
  if (name.length <= max) return name;
  const cut = name.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
