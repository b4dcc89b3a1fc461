/**
 * Characters no text the company keeps may hold. PostgreSQL refuses a NUL byte in text
 * (error 22021) while SQLite stores it, so without this the two databases answer the same
 * request differently; the others corrupt what a name or code looks like on screen and on
 * paper: control characters print as nothing, a lone surrogate half is not a character at
 * all, and a bidi override (U+202A–U+202E, U+2066–U+2069) makes "1-405" read as another unit
 * or hides part of a name. Tab and line breaks belong only in multi-line text (notes,
 * descriptions); names, codes and numbers are one line.
 * Pure: the HTTP guard, the zod text fields and file imports all ask the same question.
 */

/** The message key (platform/i18n) of the problem, or null when the text is fine. */
export type UnsafeTextKey =
  'field.control_char' | 'field.line_break' | 'field.bidi_control' | 'field.broken_char';

const LINE_BREAKS = new Set([0x09, 0x0a, 0x0d, 0x2028, 0x2029]);

function isControl(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f);
}

function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/**
 * @example unsafeTextIssue('A\u0000B', { multiline: true }) // 'field.control_char'
 * @example unsafeTextIssue('line 1\nline 2', { multiline: true }) // null
 * @example unsafeTextIssue('line 1\nline 2', { multiline: false }) // 'field.line_break'
 */
export function unsafeTextIssue(text: string, opts: { multiline: boolean }): UnsafeTextKey | null {
  if (!text.isWellFormed()) return 'field.broken_char';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Fast path: printable ASCII and ordinary CJK are the whole of nearly every request.
    if (code >= 0x20 && code < 0x7f) continue;
    if (LINE_BREAKS.has(code)) {
      if (opts.multiline) continue;
      return 'field.line_break';
    }
    if (isControl(code)) return 'field.control_char';
    if (isBidiControl(code)) return 'field.bidi_control';
  }
  return null;
}
