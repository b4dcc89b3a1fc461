import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  decisionRefusal,
  downloadRefusal,
  EXPORT_VALID_DAYS,
  expiryOf,
  exportState,
  type ExportFacts,
} from './export-rules.ts';

const now = new Date('2026-11-25T01:00:00Z');
const approved: ExportFacts = {
  status: 'approved',
  requestedBy: 'archivist',
  expiresAt: expiryOf(now).toISOString(),
};

test('CUS-3: a request is decided once', () => {
  assert.equal(decisionRefusal({ status: 'requested', requestedBy: 'archivist', expiresAt: null }), null);
  for (const status of ['approved', 'refused', 'downloaded'] as const)
    assert.equal(
      decisionRefusal({ status, requestedBy: 'archivist', expiresAt: null }),
      'export.already_decided',
    );
});

test('CUS-3: only an approved export downloads, once, by the one who asked, before it expires', () => {
  assert.equal(downloadRefusal(approved, 'archivist', now), null);
  assert.equal(downloadRefusal(approved, 'clerk', now), 'export.not_requester');
  assert.equal(
    downloadRefusal({ ...approved, status: 'requested' }, 'archivist', now),
    'export.not_approved',
  );
  assert.equal(downloadRefusal({ ...approved, status: 'refused' }, 'archivist', now), 'export.refused');
  assert.equal(
    downloadRefusal({ ...approved, status: 'downloaded' }, 'archivist', now),
    'export.already_downloaded',
  );
  const justBefore = new Date(now.getTime() + EXPORT_VALID_DAYS * 86_400_000 - 1);
  const atExpiry = new Date(now.getTime() + EXPORT_VALID_DAYS * 86_400_000);
  assert.equal(downloadRefusal(approved, 'archivist', justBefore), null);
  assert.equal(downloadRefusal(approved, 'archivist', atExpiry), 'export.expired');
});

test('CUS-3: an approved export past its time reads as expired; the other states read as they are', () => {
  assert.equal(exportState(approved, now), 'approved');
  assert.equal(exportState(approved, expiryOf(now)), 'expired');
  assert.equal(exportState({ ...approved, status: 'downloaded' }, expiryOf(now)), 'downloaded');
  assert.equal(exportState({ status: 'requested', requestedBy: 'a', expiresAt: null }, now), 'requested');
  assert.equal(expiryOf(now).toISOString(), '2026-12-02T01:00:00.000Z');
});
