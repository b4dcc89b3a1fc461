/** Generated initial passwords always pass the server's password rule. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatePassword } from './password.ts';
import { isAcceptablePassword } from '../../../server/platform/auth/passwords.ts';

test('a generated password is accepted by the server and has no look-alike characters', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 500; i++) {
    const pw = generatePassword();
    assert.ok(isAcceptablePassword(pw), pw);
    assert.doesNotMatch(pw, /[0O1lI]/);
    seen.add(pw);
  }
  assert.ok(seen.size > 495, 'passwords repeat');
});
