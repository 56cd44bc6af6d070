/**
 * Finds where JSON text first goes wrong. JSON.parse says only that it did
 * (Node 20's messages often carry no position), and a data error has to say
 * where. Called only after JSON.parse has failed.
 */
export function locateJsonError(text: string): { offset: number; problem: string } {
  const scanner = new Scanner(text);
  try {
    scanner.value();
    scanner.space();
    if (scanner.pos < text.length) scanner.fail('end of file');
    return { offset: text.length, problem: 'a problem JSON.parse reported' };
  } catch (error) {
    if (error instanceof SyntaxFault) return { offset: error.offset, problem: error.message };
    throw error;
  }
}

/** A number literal JSON.parse cannot hold: it reads it as ±Infinity or as 0. */
export interface UnholdableNumber {
  offset: number;
  literal: string;
  readAs: string;
}

/**
 * Number literals of valid JSON text that a 64-bit float cannot hold, such as
 * 1e400 (read as Infinity, which JSON.stringify then writes as null) or
 * 1e-400 (read as 0), so they can be reported as written.
 */
export function unholdableNumbers(text: string): UnholdableNumber[] {
  const found: UnholdableNumber[] = [];
  const scanner = new Scanner(text, (offset, literal) => {
    const n = Number(literal);
    // Stryker disable next-line StringLiteral: split always gives a first part; the fallback is for the type checker
    const mantissa = literal.split(/[eE]/)[0] ?? '';
    if (!Number.isFinite(n)) found.push({ offset, literal, readAs: String(n) });
    else if (n === 0 && /[1-9]/.test(mantissa)) found.push({ offset, literal, readAs: '0' });
  });
  scanner.value();
  return found;
}

class SyntaxFault extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const LITERALS = ['true', 'false', 'null'];
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class Scanner {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly onNumber?: (offset: number, literal: string) => void,
  ) {}

  fail(wanted: string): never {
    const ch = this.text[this.pos];
    const got = ch === undefined ? 'end of file' : JSON.stringify(ch);
    throw new SyntaxFault(`${wanted} expected, ${got} found`, this.pos);
  }

  space(): void {
    while (/[ \t\n\r]/.test(this.text[this.pos] ?? '')) this.pos++;
  }

  value(): void {
    this.space();
    const ch = this.text[this.pos];
    if (ch === '{') this.object();
    else if (ch === '[') this.array();
    else if (ch === '"') this.string();
    else this.scalar();
  }

  private scalar(): void {
    for (const word of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return;
      }
    }
    NUMBER.lastIndex = this.pos;
    if (NUMBER.test(this.text)) {
      this.onNumber?.(this.pos, this.text.slice(this.pos, NUMBER.lastIndex));
      this.pos = NUMBER.lastIndex;
      return;
    }
    this.fail('a value');
  }

  private object(): void {
    this.sequence('}', () => {
      this.space();
      if (this.text[this.pos] !== '"') this.fail('a "key"');
      this.string();
      this.space();
      if (this.text[this.pos] !== ':') this.fail("':'");
      this.pos++;
      this.value();
    });
  }

  private array(): void {
    this.sequence(']', () => this.value());
  }

  /** Items separated by commas up to `close`, the opening bracket at pos. */
  private sequence(close: string, item: () => void): void {
    this.pos++;
    this.space();
    if (this.text[this.pos] === close) {
      this.pos++;
      return;
    }
    for (;;) {
      item();
      this.space();
      const ch = this.text[this.pos];
      if (ch === close) {
        this.pos++;
        return;
      }
      if (ch !== ',') this.fail(`',' or '${close}'`);
      this.pos++;
    }
  }

  private string(): void {
    this.pos++;
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined || ch === '\n') this.fail('a closing \'"\'');
      this.pos++;
      if (ch === '"') return;
      if (ch === '\\') this.pos++;
    }
  }
}
