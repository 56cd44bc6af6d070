import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fieldPath, type Issue, IssueSink, show } from './issues';

/** The report text every quote must come from. */
export interface ReportText {
  /** Files it was read from, relative to the repository root. */
  files: string[];
  /** Their contents by file name (e.g. qiaokou-2022-government-work-report.txt). */
  byName: Map<string, string>;
  /** The sha256 of each file's bytes, by file name. */
  sha256: Map<string, string>;
  text: string;
}

/** Reads data/report/*.txt; a missing report is one issue, since nothing can be quoted without it. */
export async function loadReport(dataDir: string, rel: (abs: string) => string, issues: Issue[]): Promise<ReportText | undefined> {
  const dir = path.join(dataDir, 'report');
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.txt')).sort();
  if (names.length === 0) {
    new IssueSink(issues, rel(dir)).add('report', 'the report text as report/*.txt', 'no .txt file');
    return undefined;
  }
  const byName = new Map<string, string>();
  const sha256 = new Map<string, string>();
  for (const name of names) {
    const bytes = await readFile(path.join(dir, name));
    byName.set(name, bytes.toString('utf8'));
    sha256.set(name, createHash('sha256').update(bytes).digest('hex'));
  }
  return { files: names.map((n) => rel(path.join(dir, n))), byName, sha256, text: [...byName.values()].join('\n\n') };
}

/** Folds punctuation width and drops spaces, to tell a near miss from a quote that is not there at all. */
function loose(text: string): string {
  // Stryker disable next-line Regex: removing each space one at a time removes runs of them too
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * Reports `value` unless it stands verbatim in the report; a value found
 * once punctuation width and spaces are ignored gets a hint saying so.
 */
export function checkVerbatim(report: ReportText, value: string, sink: IssueSink, field: string, what: string): boolean {
  if (report.text.includes(value)) return true;
  const near = loose(report.text).includes(loose(value));
  const hint = near ? ' (it differs from the report only in punctuation width or spaces: copy it from the report file)' : '';
  sink.add(field, `${what} verbatim in the report`, `${show(value, 80)}${hint}`);
  return false;
}

/** Every part of a heading path must stand in the report. */
export function checkSection(report: ReportText, section: readonly string[], sink: IssueSink, prefix: readonly PropertyKey[]): void {
  section.forEach((part, i) => {
    checkVerbatim(report, part, sink, fieldPath(...prefix, 'section', i), 'a heading');
  });
}
