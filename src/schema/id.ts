/**
 * The one grammar of ids (features, indicators, unmapped items): a lowercase
 * ascii slug, at most ID_MAX_LENGTH characters. The data schema and the URL
 * parser both use it, so every valid feature has a link that opens. Free of
 * zod so the app can import it without bundling the schema library.
 */

/** Long enough for any descriptive slug, short enough to keep a link readable. */
export const ID_MAX_LENGTH = 64;

/** Words of [a-z0-9] joined by single hyphens: "hanzhengjie-east". */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an id looks like, for messages. */
export const ID_RULE = `a lowercase ascii slug like "hanzhengjie-east", at most ${ID_MAX_LENGTH} characters`;

/** Whether `s` is a well-formed id; the length is checked first so a huge string costs nothing. */
export function isId(s: string): boolean {
  return s.length <= ID_MAX_LENGTH && ID_PATTERN.test(s);
}
