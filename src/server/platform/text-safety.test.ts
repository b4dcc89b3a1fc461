import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unsafeTextIssue } from './text-safety.ts';

const one = { multiline: false };
const many = { multiline: true };

test('input: ordinary names, codes and numbers pass — Chinese, Latin, digits, punctuation, emoji', () => {
  for (const s of [
    '张三',
    'Acme 有限公司',
    '1-405',
    'A-03',
    '京A·12345',
    'Zoë O’Brien',
    '👍 好',
    '',
    '（备注）；「引号」',
  ]) {
    assert.equal(unsafeTextIssue(s, one), null, s);
  }
});

test('input: a NUL byte and every other control character are refused, in one line and in many', () => {
  for (const code of [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x80, 0x85, 0x9f]) {
    const s = `a${String.fromCharCode(code)}b`;
    assert.equal(unsafeTextIssue(s, one), 'field.control_char', code.toString(16));
    assert.equal(unsafeTextIssue(s, many), 'field.control_char', code.toString(16));
  }
});

test('input: tab and line breaks are allowed only where the text is multi-line', () => {
  for (const s of ['a\tb', 'a\nb', 'a\r\nb', 'a\u2028b', 'a\u2029b']) {
    assert.equal(unsafeTextIssue(s, many), null, JSON.stringify(s));
    assert.equal(unsafeTextIssue(s, one), 'field.line_break', JSON.stringify(s));
  }
});

test('input: bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are refused', () => {
  for (let code = 0x202a; code <= 0x202e; code++)
    assert.equal(unsafeTextIssue(`1-${String.fromCharCode(code)}504`, many), 'field.bidi_control');
  for (let code = 0x2066; code <= 0x2069; code++)
    assert.equal(unsafeTextIssue(`1-${String.fromCharCode(code)}504`, many), 'field.bidi_control');
  // Neighbours of the ranges are ordinary characters.
  assert.equal(unsafeTextIssue('a\u2029b\u202f\u2065\u206a', many), null);
});

test('input: a lone surrogate half is refused; a whole pair (an emoji) is not', () => {
  assert.equal(unsafeTextIssue('a\ud800b', many), 'field.broken_char');
  assert.equal(unsafeTextIssue('a\udc00', one), 'field.broken_char');
  assert.equal(unsafeTextIssue('\ud83d\ude00', one), null);
});
