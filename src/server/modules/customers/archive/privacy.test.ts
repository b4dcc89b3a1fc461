import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maskPrivate } from './privacy.ts';

test('CUS-3: a masked archive hides the middle of ID numbers and phones and the birth year, nothing else', () => {
  const full = {
    name: '韩梅梅',
    idNumber: '11010519491231002X',
    phones: [
      { phone: '138-1234-5678', label: 'mobile' },
      { phone: '010-6501 2222', label: 'home' },
    ],
    emergencyPhone: '13900001111',
    birthday: '1949-12-31',
  };
  assert.deepEqual(maskPrivate(full), {
    name: '韩梅梅',
    idNumber: '110***********002X',
    phones: [
      { phone: '138****5678', label: 'mobile' },
      { phone: '010****2222', label: 'home' },
    ],
    emergencyPhone: '139****1111',
    birthday: '****-12-31',
    masked: true,
  });
  assert.deepEqual(
    maskPrivate({ idNumber: '', phones: [], emergencyPhone: '', birthday: null }),
    { idNumber: '', phones: [], emergencyPhone: '', birthday: null, masked: true },
    'nothing to hide stays empty',
  );
  assert.equal(full.idNumber, '11010519491231002X', 'the archive read is not changed');
});
