/**
 * The longest run of non-space characters the analysis reads. Longer runs are not words
 * (an embedded base64 image, a minified script, a URL of query strings), and the tokenizer's
 * cost grows with the square of a token's length: 100,000 characters took 9 s.
 */
export const MAX_TOKEN_CHARS = 500;

const LONG_TOKEN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, "g");

/**
 * `text` with every over-long token blanked to spaces of the same length, so offsets into the
 * text (claims point into the report by offset) stay the same and the analysis skips it.
 */
export function maskLongTokens(text: string): string {
  return text.replace(LONG_TOKEN, (token) => " ".repeat(token.length));
}
