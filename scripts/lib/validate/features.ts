import { CATEGORIES, type Category, type FeatureProperties, featurePropertiesSchema, metricSchema, STATUSES, type Status } from '../../../src/schema/feature';
import { statusFromQuote } from '../../../src/schema/status';
import { readFeatureCollection, recordLabel } from './collection';
import { PLAUSIBLE_AREA } from '../../../src/schema/district';
import { checkAnchors } from './anchors';
import { checkGeometry, type SimpleGeometry } from './geometry';
import { fieldPath, type Issue, IssueSink, show } from './issues';
import { checkInsideOutline, type Outline } from './outline';
import { checkSection, checkVerbatim, type ReportText } from './report';
import { reportZodIssues } from './zod-issues';

/** fid ranges by layer (data/README.md): renewal 1000s, road 2000s … heritage 7000s. */
export const FID_BASE: Record<Category, number> = {
  renewal: 1000,
  road: 2000,
  park: 3000,
  community: 4000,
  project: 5000,
  facility: 6000,
  heritage: 7000,
};

export interface ValidFeature {
  geometry: SimpleGeometry;
  properties: FeatureProperties;
}

/** One data/features/<category>.geojson file: its layer name and the features that passed every check. */
export interface FeatureLayer {
  name: string;
  file: string;
  features: ValidFeature[];
}

/** What feature checks share across files. */
export interface FeatureContext {
  report: ReportText | undefined;
  outline: Outline | undefined;
  outlineFile: string;
  allowedOutside: ReadonlySet<string>;
  /** Where each id and fid was first seen, for the duplicate check across files. */
  ids: Map<string, string>;
  fids: Map<number, string>;
}

function isStatus(value: unknown): value is Status {
  return (STATUSES as readonly unknown[]).includes(value);
}

function isCategory(value: unknown): value is Category {
  return (CATEGORIES as readonly unknown[]).includes(value);
}

/** Checks one feature file: collection shape, then each feature (schema, geometry, outline, quotes, status, metrics, uniqueness). */
export function checkFeatureFile(name: string, file: string, text: string, ctx: FeatureContext, issues: Issue[]): FeatureLayer {
  const sink = new IssueSink(issues, file);
  const layer: FeatureLayer = { name, file, features: [] };
  if (!isCategory(name)) sink.add('category', `a file named after a category (${CATEGORIES.map((c) => `${c}.geojson`).join(', ')})`, `${name}.geojson`);
  const raw = readFeatureCollection(text, sink);
  for (const feature of raw ?? []) {
    const before = issues.length;
    const record = sink.forRecord(recordLabel(feature.properties, feature.index));
    const properties = checkProperties(feature.properties, name, record, ctx, `${file} features[${feature.index}]`);
    const checked = checkGeometry(feature.geometry, record, PLAUSIBLE_AREA);
    if (checked && ctx.outline && !ctx.allowedOutside.has(record.id)) checkInsideOutline(checked.positions, ctx.outline, record, ctx.outlineFile);
    if (checked && properties) checkAnchors(checked.geometry, properties.geocode, record);
    if (issues.length === before && properties && checked) layer.features.push({ geometry: checked.geometry, properties });
  }
  return layer;
}

function checkProperties(value: unknown, layer: string, sink: IssueSink, ctx: FeatureContext, where: string): FeatureProperties | undefined {
  const parsed = featurePropertiesSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) reportZodIssues(parsed.error.issues, sink, ['properties']);
  const props = fieldsOf(value);
  checkUnique(props.id, ctx.ids, sink, 'properties.id', where);
  checkUnique(props.fid, ctx.fids, sink, 'properties.fid', where);
  if (isCategory(layer)) {
    if (isCategory(props.category) && props.category !== layer) sink.add('properties.category', `${show(layer)} (the file name)`, show(props.category));
    const base = FID_BASE[layer];
    if (isInteger(props.fid) && (props.fid < base || props.fid >= base + 1000)) {
      sink.add('properties.fid', `${base}–${base + 999} for the ${layer} layer`, show(props.fid));
    }
  }
  if (Array.isArray(props.mentions)) {
    props.mentions.forEach((m: unknown, i) => {
      checkMention(m, ['properties', 'mentions', i], sink, ctx.report);
    });
  }
  return parsed.success ? parsed.data : undefined;
}

function checkUnique<K>(key: unknown, seen: Map<K, string>, sink: IssueSink, field: string, where: string): void {
  if (typeof key !== 'string' && typeof key !== 'number') return;
  const first = seen.get(key as K);
  if (first === undefined) seen.set(key as K, where);
  else sink.add(field, 'a value no other feature has', `${show(key)}, already used by ${first}`);
}

/** The fields of a raw value to read checks from: Object() gives {} for null and wraps other non-objects, none of which has a field read here. */
function fieldsOf(value: unknown): Record<string, unknown> {
  return Object(value);
}

function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

/**
 * Quote and headings verbatim, status as the verb table gives it, each
 * metric written in the quote. Works on the raw mention, checking each part
 * that is well typed, so a schema error elsewhere in it hides nothing here.
 */
function checkMention(value: unknown, prefix: PropertyKey[], sink: IssueSink, report: ReportText | undefined): void {
  const raw = fieldsOf(value);
  const quote = typeof raw.quote === 'string' && raw.quote.trim() !== '' ? raw.quote : undefined;
  if (report && quote) checkVerbatim(report, quote, sink, fieldPath(...prefix, 'quote'), 'a quote');
  if (report && Array.isArray(raw.section)) checkSection(report, raw.section.filter((part): part is string => typeof part === 'string'), sink, prefix);
  if (quote === undefined) return;
  const year = raw.year === 2022 || raw.year === 2023 ? raw.year : undefined;
  if (year && isStatus(raw.status)) {
    const rule = statusFromQuote(quote, year);
    if (rule.status !== raw.status) {
      const why = rule.verb
        ? `the first verb of the status table in this quote is "${rule.verb}", which gives ${rule.status} for ${year}`
        : 'no verb of the status table stands in the quote';
      sink.add(fieldPath(...prefix, 'status'), `${show(rule.status)} (${why})`, show(raw.status));
    }
  }
  if (!Array.isArray(raw.metrics)) return;
  raw.metrics.forEach((metric: unknown, i) => {
    const parsed = metricSchema.safeParse(metric);
    if (!parsed.success) return;
    const written = `${parsed.data.value}${parsed.data.unit}`;
    if (!quote.includes(written)) {
      sink.add(fieldPath(...prefix, 'metrics', i), `"${written}" (value and unit) verbatim in the mention's quote`, `the quote ${show(quote, 80)}`);
    }
  });
}
