import { test } from 'node:test';
import assert from 'node:assert/strict';
import { birthdayFromIdCard, customerKindFor, idCardCheckDigit, validIdNumber, validPhone } from './rules.ts';

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
  assert.equal(
    validIdNumber('business_licence', '91110000600037341I'),
    false,
    'I is not used in credit codes',
  );
});

test('HND-2: the birthday comes from the ID card', () => {
  assert.equal(birthdayFromIdCard('11010519491231002X'), '1949-12-31');
  assert.equal(birthdayFromIdCard('E12345678'), null);
});

test("CUS-2: a resident ID card's check digit follows GB 11643 (X for 10)", () => {
  assert.equal(idCardCheckDigit('11010519491231002'), 'X');
  assert.equal(idCardCheckDigit('11010119900307447'), '7');
  assert.equal(idCardCheckDigit('44030519790101055'), '9');
});

test('CUS-1/CUS-2: an owner can be called on a mainland mobile or a landline with its area code', () => {
  for (const ok of [
    '13800138000',
    '138 0013 8000',
    '+86 199-0000-0000',
    '010-6501 0001',
    '0755-86001234',
    '0531-1234567',
  ])
    assert.equal(validPhone(ok), true, ok);
  for (const bad of [
    '',
    '6501 0001',
    '12800138000',
    '1380013800',
    '138001380000',
    '0123',
    '0010-6501 0001',
    'call me',
  ])
    assert.equal(validPhone(bad), false, bad);
});

test('CUS-1: an archive made from a business licence is a company, from any other document a person', () => {
  assert.equal(customerKindFor('business_licence'), 'company');
  for (const t of ['id_card', 'passport', 'hk_macau', 'taiwan', 'other'] as const)
    assert.equal(customerKindFor(t), 'person');
});
