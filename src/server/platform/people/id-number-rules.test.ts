import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskIdNumber } from './id-number-rules.ts';

test('CUS-3: ID numbers are masked but for the first three and last four', () => {
  assert.equal(maskIdNumber('11010519491231002X'), '110***********002X');
  assert.equal(
    maskIdNumber(' 11010519491231002X '),
    '110***********002X',
    'surrounding spaces are not part of it',
  );
  assert.equal(maskIdNumber('E12345678'), 'E12**5678');
  assert.equal(maskIdNumber('12345678'), '****5678', 'eight or fewer keep only the last four');
  assert.equal(maskIdNumber('12345'), '*2345');
  assert.equal(maskIdNumber('1234'), '****', 'four or fewer show nothing');
  assert.equal(maskIdNumber('12'), '**');
  assert.equal(maskIdNumber(''), '');
  assert.equal(maskIdNumber(null), '');
  assert.equal(maskIdNumber(undefined), '');
});
