import type { z } from 'zod';
import { fieldPath, type IssueSink, show } from './issues';

/**
 * Reports zod issues as `field: expected …, found …`. Parse with
 * `{ reportInput: true }` so each issue carries the value it rejected.
 */
export function reportZodIssues(issues: readonly z.core.$ZodIssue[], sink: IssueSink, prefix: readonly PropertyKey[]): void {
  for (const issue of issues) {
    // An issue with the whole value (a record that is not an object) still names a field.
    const field = fieldPath(...prefix, ...issue.path) || '(root)';
    const { expected, found } = describe(issue);
    sink.add(field, expected, found);
  }
}

function describe(issue: z.core.$ZodIssue): { expected: string; found: string } {
  const input: unknown = 'input' in issue ? issue.input : undefined;
  const found = input === undefined ? 'nothing (the field is missing)' : show(input);
  switch (issue.code) {
    case 'invalid_type':
      return { expected: article(issue.expected), found };
    case 'invalid_value':
      return { expected: oneOf(issue.values), found };
    case 'invalid_union': {
      const values = issue.errors.flat().flatMap((i) => (i.code === 'invalid_value' ? i.values : []));
      return { expected: values.length > 0 ? oneOf(values) : 'a value matching the schema', found };
    }
    case 'too_big':
      return { expected: `at most ${issue.maximum}${unitOf(issue.origin)}`, found: sizeOf(issue.input, found) };
    case 'too_small':
      // A schema's own message (e.g. what an anchor may be) says more than the bare count.
      return { expected: /^Too small/.test(issue.message) ? `at least ${issue.minimum}${unitOf(issue.origin)}` : issue.message, found: sizeOf(issue.input, found) };
    case 'invalid_format':
      return { expected: issue.message || `${issue.format} format`, found };
    case 'unrecognized_keys':
      return { expected: 'only the fields of the schema', found: `unknown ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}` };
    default:
      return { expected: issue.message, found };
  }
}

function article(type: string): string {
  if (type === 'int') return 'an integer';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function oneOf(values: readonly unknown[]): string {
  return values.length === 1 ? show(values[0]) : `one of ${values.map((v) => show(v)).join(', ')}`;
}

function unitOf(origin: string): string {
  if (origin === 'string') return ' characters';
  if (origin === 'array') return ' items';
  return '';
}

function sizeOf(input: unknown, fallback: string): string {
  if (typeof input === 'string') return `${input.length} characters (${show(input, 30)})`;
  if (Array.isArray(input)) return `${input.length} items`;
  return fallback;
}
