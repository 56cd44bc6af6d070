/** How much of a query a message repeats back: enough to recognise it, never a pasted page. */
export const ECHO_LIMIT = 24;

/** A query as a message shows it: trimmed, at most `limit` characters (not UTF-16 units), then an ellipsis. */
export function echo(query: string, limit = ECHO_LIMIT): string {
  // Stryker disable next-line MethodExpression: the slice only bounds the work on a pasted page (two units a character at most, plus one to cut); the result is the same
  const chars = Array.from(query.trim().slice(0, limit * 2 + 2));
  return chars.length > limit ? `${chars.slice(0, limit).join('')}…` : chars.join('');
}
