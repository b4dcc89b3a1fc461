/**
 * Searching with LIKE on user text. `%` and `_` typed by a user are characters to find, not
 * wildcards: `?q=%` must find names containing a percent sign, never every row (CUS-3). Every
 * search that puts user text into LIKE goes through these, so the escaping is written once.
 *
 * SQLite has no default escape character and PostgreSQL's is the backslash, so the ESCAPE
 * clause is always written out: the same pattern means the same on both databases.
 */
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * The text with the LIKE wildcards and the escape character escaped.
 * @example escapeLike('50%_off\\') // '50\\%\\_off\\\\'
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

function like(column: string, pattern: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

/** `column` contains the text, wildcards taken literally. @example where(likeContains('c.name', q)) */
export function likeContains(column: string, text: string): RawBuilder<SqlBool> {
  return like(column, `%${escapeLike(text)}%`);
}

/** `column` ends with the text (a phone number's last digits). */
export function likeEndsWith(column: string, text: string): RawBuilder<SqlBool> {
  return like(column, `%${escapeLike(text)}`);
}

/** `column` starts with the text. */
export function likeStartsWith(column: string, text: string): RawBuilder<SqlBool> {
  return like(column, `${escapeLike(text)}%`);
}
