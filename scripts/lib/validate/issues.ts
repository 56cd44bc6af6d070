/** One data error: where it is, what the rule expects and what the file has. */
export interface Issue {
  /** Path relative to the repository root, e.g. data/features/road.geojson. */
  file: string;
  /** The feature or record id, or a stand-in such as features[3] or (file). */
  id: string;
  /** Dotted path of the offending field, e.g. properties.mentions[0].quote. */
  field: string;
  expected: string;
  found: string;
}

/** The stand-in id for problems with a file as a whole. */
export const FILE_ID = '(file)';

/** `file: id: field: expected …, found …` — one line per issue. */
export function formatIssue(issue: Issue): string {
  return `${issue.file}: ${issue.id}: ${issue.field}: expected ${issue.expected}, found ${issue.found}`;
}

/** Collects issues for one file and one record, so checks only say field, expected and found. */
export class IssueSink {
  constructor(
    private readonly issues: Issue[],
    readonly file: string,
    readonly id: string = FILE_ID,
  ) {}

  add(field: string, expected: string, found: string): void {
    this.issues.push({ file: this.file, id: this.id, field, expected, found });
  }

  /** A sink for one record of the same file. */
  forRecord(id: string): IssueSink {
    return new IssueSink(this.issues, this.file, id);
  }
}

/** Joins a field path: ("properties", "mentions", 0) → properties.mentions[0]. */
export function fieldPath(...parts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** A short, single-line rendering of a found value for an error message. */
export function show(value: unknown, max = 60): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
