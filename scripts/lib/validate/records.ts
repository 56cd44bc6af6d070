import { z } from 'zod';
import { type Indicator, indicatorsFileSchema, type Source, sourceSchema, type Unmapped, unmappedFileSchema } from '../../../src/schema/records';
import { fieldPath, type Issue, IssueSink, show } from './issues';
import { parseJson } from './json';
import { checkSection, checkVerbatim, type ReportText } from './report';
import { reportZodIssues } from './zod-issues';

/** data/outside-allowlist.json: features allowed to reach outside the district outline, and why. */
export const allowlistSchema = z.array(z.strictObject({ id: z.string().min(1), reason: z.string().trim().min(1) }));

function labelOf(value: unknown, index: number): string {
  const id: unknown = value !== null && typeof value === 'object' && 'id' in value ? value.id : undefined;
  return typeof id === 'string' && id !== '' ? id : `[${index}]`;
}

/** Parses a JSON array file against its zod schema, reporting each bad record under its own id. */
function parseRecords<T>(text: string, file: string, schema: z.ZodType<T[]>, what: string, issues: Issue[]): T[] | undefined {
  const sink = new IssueSink(issues, file);
  const json = parseJson(text, sink, what);
  if (!json.ok) return undefined;
  const parsed = schema.safeParse(json.value, { reportInput: true });
  if (parsed.success) return parsed.data;
  if (!Array.isArray(json.value)) {
    sink.add('(root)', what, show(json.value));
    return undefined;
  }
  const records: unknown[] = json.value;
  for (const issue of parsed.error.issues) {
    const [index, ...rest] = issue.path;
    // Stryker disable next-line ConditionalExpression,StringLiteral: these schemas have no rule on a whole array, so every issue's path starts with an index
    const label = typeof index === 'number' ? labelOf(records[index], index) : '(root)';
    reportZodIssues([{ ...issue, path: rest }], sink.forRecord(label), []);
  }
  return undefined;
}

function checkUniqueIds(records: readonly { id: string }[], sink: IssueSink): void {
  const seen = new Map<string, number>();
  records.forEach((r, i) => {
    const first = seen.get(r.id);
    if (first === undefined) seen.set(r.id, i);
    else sink.forRecord(r.id).add('id', 'an id no other record has', `${show(r.id)}, already used by [${first}]`);
  });
}

/** indicators.json: schema, unique ids, quote and headings verbatim, as_written in its quote, feature_ids that exist. */
export function checkIndicators(text: string, file: string, report: ReportText | undefined, featureIds: ReadonlySet<string>, issues: Issue[]): Indicator[] | undefined {
  const records = parseRecords(text, file, indicatorsFileSchema, 'an array of indicators', issues);
  if (!records) return undefined;
  const sink = new IssueSink(issues, file);
  checkUniqueIds(records, sink);
  for (const r of records) {
    const record = sink.forRecord(r.id);
    if (report) {
      checkVerbatim(report, r.quote, record, 'quote', 'a quote');
      checkSection(report, r.section, record, []);
    }
    if (!r.quote.includes(r.as_written)) record.add('as_written', `${show(r.as_written)} verbatim in the indicator's quote`, `the quote ${show(r.quote, 80)}`);
    r.feature_ids?.forEach((id, i) => {
      if (!featureIds.has(id)) record.add(fieldPath('feature_ids', i), 'the id of a feature in data/features/', show(id));
    });
  }
  return records;
}

/** unmapped.json: schema, unique ids, quote and headings verbatim. */
export function checkUnmapped(text: string, file: string, report: ReportText | undefined, issues: Issue[]): Unmapped[] | undefined {
  const records = parseRecords(text, file, unmappedFileSchema, 'an array of unmapped items', issues);
  if (!records) return undefined;
  const sink = new IssueSink(issues, file);
  checkUniqueIds(records, sink);
  if (report) {
    for (const r of records) {
      const record = sink.forRecord(r.id);
      checkVerbatim(report, r.quote, record, 'quote', 'a quote');
      checkSection(report, r.section, record, []);
    }
  }
  return records;
}

/** outside-allowlist.json: the ids it exempts from the outline check. */
export function readAllowlist(text: string, file: string, issues: Issue[]): Set<string> {
  const records = parseRecords(text, file, allowlistSchema, 'an array of {"id", "reason"}', issues) ?? [];
  checkUniqueIds(records, new IssueSink(issues, file));
  return new Set(records.map((r) => r.id));
}

/** An allow-list entry for a feature that does not exist is stale: say so. */
export function checkAllowlistIds(allowed: ReadonlySet<string>, file: string, featureIds: ReadonlySet<string>, issues: Issue[]): void {
  const sink = new IssueSink(issues, file);
  for (const id of allowed) {
    if (!featureIds.has(id)) sink.forRecord(id).add('id', 'the id of a feature in data/features/', `${show(id)}, which no feature has`);
  }
}

/** report/source.json: schema, and its sha256 matching the report file it names. */
export function checkSource(text: string | undefined, file: string, report: ReportText | undefined, issues: Issue[]): Source | undefined {
  const sink = new IssueSink(issues, file);
  if (text === undefined) {
    sink.add('(file)', 'the report source record', 'no file');
    return undefined;
  }
  const json = parseJson(text, sink, 'the report source record');
  if (!json.ok) return undefined;
  const parsed = sourceSchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) {
    reportZodIssues(parsed.error.issues, sink, []);
    return undefined;
  }
  const source = parsed.data;
  const sha256 = report?.sha256.get(source.file);
  if (sha256 === undefined) {
    sink.add('file', `a report file present in report/ (${[...(report?.byName.keys() ?? [])].join(', ') || 'none'})`, show(source.file));
    return undefined;
  }
  if (sha256 !== source.sha256) sink.add('sha256', `${sha256} (the sha256 of report/${source.file})`, source.sha256);
  return source;
}
