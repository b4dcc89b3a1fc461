import { test } from 'node:test';
import assert from 'node:assert/strict';
import { approvalRefusal } from './approval.ts';

const none = new Map<string, (string | null)[]>();

test('ORG-2: the approver is never the requester nor the person the request is for', () => {
  assert.equal(approvalRefusal({ requesters: ['clerk'], approver: 'pm', credentialsIssuedBy: none }), null);
  assert.equal(
    approvalRefusal({ requesters: ['pm'], approver: 'pm', credentialsIssuedBy: none }),
    'approval.own_request',
  );
  assert.equal(
    approvalRefusal({ requesters: ['clerk', 'pm'], approver: 'pm', credentialsIssuedBy: none }),
    'approval.own_request',
  );
  assert.equal(
    approvalRefusal({ requesters: [null], approver: 'pm', credentialsIssuedBy: none }),
    null,
    'a record made by the system has no requester',
  );
});

test('ORG-2: an account and the one who created it or reset its password never approve for each other', () => {
  const createdByPm = new Map([['arch', ['pm', null]]]);
  assert.equal(
    approvalRefusal({ requesters: ['arch'], approver: 'pm', credentialsIssuedBy: createdByPm }),
    'approval.issued_credentials',
  );
  assert.equal(
    approvalRefusal({ requesters: ['pm'], approver: 'arch', credentialsIssuedBy: createdByPm }),
    'approval.issued_credentials',
  );
  assert.equal(
    approvalRefusal({ requesters: ['arch'], approver: 'csm', credentialsIssuedBy: createdByPm }),
    null,
  );
  const resetByCsm = new Map([['arch', [null, 'csm']]]);
  assert.equal(
    approvalRefusal({ requesters: ['arch'], approver: 'csm', credentialsIssuedBy: resetByCsm }),
    'approval.issued_credentials',
  );
  assert.equal(
    approvalRefusal({ requesters: ['arch'], approver: 'pm', credentialsIssuedBy: resetByCsm }),
    null,
  );
});
