import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES } from './roles.ts';
import { mayGrant, rankOf, ROLE_RANK, staffChangeRefusal } from './ranks.ts';

const csManager = { isCompanyAdmin: false, roles: ['cs_manager'] };
const pm = { isCompanyAdmin: false, roles: ['project_manager'] };
const admin = { isCompanyAdmin: true, roles: [] };
const person = (...roles: string[]) => ({ isCompanyAdmin: false, roles });

test('ORG-2: every role has a rank; the project manager heads the project; a person ranks by their highest role', () => {
  assert.deepEqual(Object.keys(ROLE_RANK).sort(), [...ROLES].sort());
  for (const r of ROLES) if (r !== 'project_manager') assert.ok(ROLE_RANK[r] < ROLE_RANK.project_manager, r);
  assert.equal(rankOf(['cs_clerk', 'cs_manager']), ROLE_RANK.cs_manager);
  assert.equal(rankOf([]), 0);
});

test('ORG-2: nobody grants a role at or above their own; the company admin grants any', () => {
  assert.equal(mayGrant(csManager, 'cs_clerk'), true);
  assert.equal(mayGrant(csManager, 'cs_supervisor'), true);
  for (const r of ['cs_manager', 'project_manager', 'archivist', 'cashier'])
    assert.equal(mayGrant(csManager, r), false, r);
  assert.equal(mayGrant(pm, 'archivist'), true);
  assert.equal(mayGrant(pm, 'project_manager'), false);
  assert.equal(mayGrant(admin, 'project_manager'), true);
  assert.equal(mayGrant(person('cs_clerk'), 'cs_clerk'), false);
});

test('ORG-2: nobody changes their own account, nor one at or above their rank; only the admin manages project managers', () => {
  const change = (actor: typeof pm, target: typeof pm, grant: string[] = [], same = false) =>
    staffChangeRefusal({ actorId: 'a', actor, targetId: same ? 'a' : 'b', target, grant });
  assert.equal(change(csManager, csManager, [], true), 'staff.own_account');
  assert.equal(change(admin, admin, [], true), 'staff.own_account');
  assert.equal(change(csManager, pm), 'staff.rank_target');
  assert.equal(
    change(csManager, person('archivist')),
    'staff.rank_target',
    'the archive is not the CS manager’s to take',
  );
  assert.equal(change(csManager, person('cs_manager')), 'staff.rank_target');
  assert.equal(change(pm, pm), 'staff.rank_target');
  assert.equal(change(csManager, admin), 'staff.rank_target');
  assert.equal(change(csManager, person('cleaning')), null);
  assert.equal(change(csManager, person('cleaning'), ['project_manager']), 'staff.rank_grant');
  assert.equal(
    change(csManager, person('cleaning', 'cs_manager')),
    'staff.rank_target',
    'the highest role counts',
  );
  assert.equal(change(admin, pm, ['cleaning']), null);
  assert.equal(change(admin, admin), null, 'admins look after each other');
  // The system (seeding, the command line) has no account of its own.
  assert.equal(staffChangeRefusal({ actorId: '', actor: admin, targetId: '', target: person() }), null);
});
