import { parseArgs } from 'node:util';

/** A flag as parseArgs takes it. */
interface FlagSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string | boolean;
}
type FlagSpecs = Record<string, FlagSpec>;
type Value<S extends FlagSpec> = S['type'] extends 'boolean' ? boolean : string;
/** The values read: a flag with a default always has one. */
type Values<T extends FlagSpecs> = { [K in keyof T]: T[K] extends { default: unknown } ? Value<T[K]> : Value<T[K]> | undefined };

export type Flags<T extends FlagSpecs> = { kind: 'ok'; values: Values<T> } | { kind: 'help' } | { kind: 'usage-error'; message: string };

/**
 * Reads command-line flags without throwing: the values, a request for help
 * (--help, -h), or what was wrong (an unknown flag, a missing value, a stray
 * argument) in one line, as parseArgs words it up to its first full stop.
 */
export function readFlags<const T extends FlagSpecs>(options: T, args: readonly string[]): Flags<T> {
  if (args.includes('--help') || args.includes('-h')) return { kind: 'help' };
  try {
    const { values } = parseArgs({ args: [...args], options, strict: true, allowPositionals: false });
    // parseArgs types its values loosely for a generic spec; the spec guarantees this shape.
    return { kind: 'ok', values: values as unknown as Values<T> };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'usage-error', message: message.split(/\.\s/)[0] ?? message };
  }
}

/**
 * The flags of a command line; prints the usage and exits 0 for --help, or
 * prints the problem and the usage and exits 2 (the usual code for a usage
 * error) for a flag it does not know, never a stack trace.
 */
export function flagsOrExit<const T extends FlagSpecs>(options: T, usage: string, args: readonly string[] = process.argv.slice(2)): Values<T> {
  const flags = readFlags(options, args);
  if (flags.kind === 'ok') return flags.values;
  if (flags.kind === 'help') {
    console.log(usage);
    process.exit(0);
  }
  console.error(`${flags.message}\n\n${usage}`);
  process.exit(2);
}
