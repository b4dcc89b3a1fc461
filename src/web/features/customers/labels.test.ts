import { test } from 'node:test';
import assert from 'node:assert/strict';
import { archiveLabel } from './labels.ts';

test('archive values read in the screen language; an unknown one shows as it is', () => {
  assert.equal(archiveLabel('zh-CN', 'relation', 'owner'), '业主');
  assert.equal(archiveLabel('en', 'class', 'correspondence'), 'Correspondence');
  assert.equal(archiveLabel('zh-CN', 'loanState', 'overdue'), '已逾期');
  assert.equal(archiveLabel('en', 'history', 'archive_sealed'), 'Archive sealed');
  assert.equal(archiveLabel('zh-CN', 'history', 'something_new'), 'something_new');
});
