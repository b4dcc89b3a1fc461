import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidationFailure, validValues } from './forms.ts';

test('a form with an invalid field gives null instead of a rejection; other failures still throw', async () => {
  const invalid = {
    validateFields: () =>
      Promise.reject({
        errorFields: [{ name: ['receiptNo'], errors: ['请填写收据号'] }],
        values: {},
        outOfDate: false,
      }),
  };
  assert.equal(await validValues(invalid as never), null);
  const valid = { validateFields: () => Promise.resolve({ receiptNo: 'SK-1' }) };
  assert.deepEqual(await validValues(valid as never), { receiptNo: 'SK-1' });
  const broken = { validateFields: () => Promise.reject(new Error('boom')) };
  await assert.rejects(validValues(broken as never), /boom/);
  assert.equal(isValidationFailure(new Error('x')), false);
});
