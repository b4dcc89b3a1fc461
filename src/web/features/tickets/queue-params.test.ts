/** The queue's filters survive a reload and a shared link, and reach the API as it expects. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { apiQuery, isPhoneSearch, readFilters, writeFilters } from './queue-params.ts';

test('filters round-trip through the URL; defaults stay out of it', () => {
  const f = readFilters(
    new URLSearchParams('kind=complaint&level=major&mine=1&page=3&text=%E7%94%B5%E6%A2%AF'),
  );
  assert.deepEqual(f, {
    kind: 'complaint',
    level: 'major',
    mine: true,
    overdue: false,
    page: 3,
    text: '电梯',
  });
  assert.equal(
    writeFilters(f).toString(),
    'kind=complaint&level=major&text=%E7%94%B5%E6%A2%AF&mine=1&page=3',
  );
  assert.equal(writeFilters(readFilters(new URLSearchParams('page=1&overdue=0'))).toString(), '');
  assert.equal(readFilters(new URLSearchParams('page=-4')).page, 1);
});

test('TKT-1: a caller number (or its last digits) searches by phone, other text by words', () => {
  assert.equal(isPhoneSearch('13601030004'), true);
  assert.equal(isPhoneSearch('0004'), true);
  assert.equal(isPhoneSearch('138-0101-0001'), true);
  assert.equal(isPhoneSearch('004'), false);
  assert.equal(isPhoneSearch('BX20261125-0001'), false);
});

test('the API query names the building by id and pages by 50', () => {
  assert.equal(
    apiQuery({ text: '13601030004', mine: false, overdue: true, page: 2 }, true),
    'overdue=1&phone=13601030004&limit=50&offset=50',
  );
  assert.equal(
    apiQuery(
      { building: 'b1', department: 'engineering', text: '漏水', mine: true, overdue: false, page: 1 },
      true,
    ),
    'department=engineering&buildingId=b1&mine=1&q=%E6%BC%8F%E6%B0%B4&limit=50&offset=0',
  );
});

test('CUS-3: for a role that takes no calls a number searches as text, never as a phone', () => {
  assert.equal(
    apiQuery({ text: '0004', mine: false, overdue: false, page: 1 }, false),
    'q=0004&limit=50&offset=0',
  );
});
