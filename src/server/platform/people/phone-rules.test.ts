import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskPhone, normalizePhone } from './phone-rules.ts';

test('phones are compared by their digits without the country prefix', () => {
  assert.equal(normalizePhone('+86 138-0013-8000'), '13800138000');
  assert.equal(normalizePhone('0086 13800138000'), '13800138000');
  assert.equal(normalizePhone('010-6501 0001'), '01065010001');
  assert.equal(normalizePhone('(0)86 6501 0001'), '08665010001', 'an area code 086… is not a country prefix');
  assert.equal(normalizePhone('8613800138'), '8613800138', 'only a whole mobile behind 86 loses it');
  assert.equal(normalizePhone(''), '');
});

test('CUS-3: a mobile shows its first three and last four digits, a shorter number its last four', () => {
  assert.equal(maskPhone('13800138000'), '138****8000');
  assert.equal(maskPhone('+86 138-0013-8000'), '138****8000', 'masked after normalising');
  assert.equal(maskPhone('010-6501 0001'), '010****0001');
  assert.equal(maskPhone('62345678'), '****5678');
  assert.equal(maskPhone('12345'), '****2345');
  assert.equal(maskPhone('1234'), '****', 'four digits or fewer show none');
  assert.equal(maskPhone('12'), '****');
  assert.equal(maskPhone(''), '');
  assert.equal(maskPhone(null), '');
  assert.equal(maskPhone(undefined), '');
});
