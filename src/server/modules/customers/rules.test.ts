import { test } from 'node:test';
import assert from 'node:assert/strict';
import { birthdayFromIdCard, maskIdNumber, normalizePhone, validIdNumber } from './rules.ts';

test('phones are compared by their digits without the country prefix', () => {
  assert.equal(normalizePhone('+86 138-0013-8000'), '13800138000');
  assert.equal(normalizePhone('0086 13800138000'), '13800138000');
  assert.equal(normalizePhone('010-6501 0001'), '01065010001');
});

test('CUS-2: resident ID numbers need 18 characters, a real birth date and the check digit', () => {
  assert.equal(validIdNumber('id_card', '11010519491231002X'), true);
  assert.equal(validIdNumber('id_card', '11010519491231002x'), true, 'a lower-case x is read as X');
  assert.equal(validIdNumber('id_card', '110105194912310021'), false, 'wrong check digit');
  assert.equal(validIdNumber('id_card', '110105194902300027'), false, 'no 30 February');
  assert.equal(validIdNumber('id_card', '1101051949123100'), false, 'too short');
  assert.equal(validIdNumber('id_card', '11010518991231002X'), false, 'born before 1900');
  assert.equal(validIdNumber('passport', 'E12345678'), true);
  assert.equal(validIdNumber('passport', 'E1'), false);
  assert.equal(validIdNumber('hk_macau', 'H12345678'), true);
  assert.equal(validIdNumber('taiwan', '12345678'), true);
  assert.equal(validIdNumber('business_licence', '91110000600037341L'), true);
  assert.equal(validIdNumber('business_licence', '91110000600037341I'), false, 'I is not used in credit codes');
});

test('HND-2: the birthday comes from the ID card', () => {
  assert.equal(birthdayFromIdCard('11010519491231002X'), '1949-12-31');
  assert.equal(birthdayFromIdCard('E12345678'), null);
});

test('CUS-3: ID numbers are masked but for the first three and last four', () => {
  assert.equal(maskIdNumber('11010519491231002X'), '110***********002X');
  assert.equal(maskIdNumber('E12345678'), 'E12**5678');
  assert.equal(maskIdNumber('1234'), '****');
  assert.equal(maskIdNumber(''), '');
});
