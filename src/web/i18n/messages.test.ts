/**
 * The two screen catalogues as the screen gets them (shared and features' texts merged,
 * app/messages.ts). Each English file is typed from its Chinese one (a missing key fails
 * tsc); this checks what the type cannot — placeholders, empty strings, and that every value the
 * server can send has a label.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { zhCN, en } from '../app/messages.ts';
import {
  UNIT_STATUSES,
  UNIT_USES,
  BUILDING_KINDS,
  STATUS_WORKFLOWS,
} from '../../server/modules/properties/rules.ts';
import { ROLES } from '../../server/platform/access/roles.ts';
import { SPACE_STATUSES } from '../features/properties/status.ts';
import { SPACE_KINDS, AREA_KINDS } from '../features/properties/values.ts';
import { PROJECT_KINDS } from '../features/projects/kinds.ts';
import { TICKET_ACTIONS, TICKET_KINDS, TICKET_STATES } from '../../server/modules/tickets/states.ts';
import { COMPLAINT_LEVELS, DEADLINE_KINDS } from '../../server/modules/tickets/deadline-rules.ts';
import { COMPLAINT_TYPES, LEVEL_CRITERIA } from '../../server/modules/tickets/complaint-rules.ts';
import { ActionBodies, CHANNELS } from '../../server/modules/tickets/contract.ts';
import { STANDARD_PHRASES } from '../../server/modules/tickets/phrases.ts';
import { CUSTOMER_KINDS, UNIT_RELATIONS } from '../../server/modules/customers/rules.ts';
import * as deskValues from '../features/tickets/values.ts';

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const zh = flatten(zhCN as unknown as Tree);
const english = flatten(en as unknown as Tree);

test('every Chinese key has an English text and no catalogue has keys of its own', () => {
  const base = (k: string) => k.replace(/_one$/, '');
  assert.deepEqual(
    [...zh.keys()].filter((k) => !english.has(k)),
    [],
  );
  assert.deepEqual(
    [...english.keys()].filter((k) => !zh.has(base(k))),
    [],
  );
});

test('both languages use the same {{placeholders}} in every text', () => {
  const mismatched = [...english].filter(([k, v]) => {
    const expected = placeholders(zh.get(k.replace(/_one$/, '')) ?? '');
    return JSON.stringify(placeholders(v)) !== JSON.stringify(expected);
  });
  assert.deepEqual(mismatched, []);
});

test('no text is empty', () => {
  assert.deepEqual(
    [...zh, ...english].filter(([, v]) => v.trim() === ''),
    [],
  );
});

test('PRP-2: every unit status, use, building kind and workflow the server knows has a label', () => {
  const groups: [keyof typeof zhCN.enums, readonly string[]][] = [
    ['unitStatus', UNIT_STATUSES],
    ['unitUse', UNIT_USES],
    ['buildingKind', BUILDING_KINDS],
    ['workflow', [...STATUS_WORKFLOWS, 'created']],
    ['spaceStatus', SPACE_STATUSES],
    ['spaceKind', SPACE_KINDS],
    ['areaKind', AREA_KINDS],
    ['projectKind', PROJECT_KINDS],
    ['role', ROLES],
  ];
  for (const [group, values] of groups) {
    for (const catalogue of [zhCN, en]) {
      const labels = catalogue.enums[group] as Record<string, string>;
      assert.deepEqual(
        values.filter((v) => !labels[v]),
        [],
        `${group} lacks labels`,
      );
    }
  }
});

test('ORG-2: role labels are the ones the company uses', () => {
  assert.equal(zhCN.enums.role.cs_clerk, '前台接待/客户助理');
  assert.equal(zhCN.enums.role.night_manager, '夜班经理');
  assert.equal(zhCN.enums.unitStatus.not_received, '未接房');
  assert.equal(zhCN.enums.unitStatus.office_in_use, '办公');
});

/** The options of an optional zod enum in an action's body, e.g. classify's `charge`. */
function bodyOptions(action: keyof typeof ActionBodies, field: string): string[] {
  const schema = (
    ActionBodies[action].shape as Record<string, { unwrap?: () => { options: string[] }; options?: string[] }>
  )[field]!;
  return schema.options ?? schema.unwrap!().options;
}

test("the value sets the UI offers are the server's own", () => {
  assert.deepEqual([...deskValues.COMPLAINT_LEVELS], [...COMPLAINT_LEVELS]);
  assert.deepEqual([...deskValues.CHANNELS], [...CHANNELS]);
  assert.deepEqual([...deskValues.URGENCIES], bodyOptions('classify', 'urgency'));
  assert.deepEqual([...deskValues.CHARGES], bodyOptions('classify', 'charge'));
  assert.deepEqual([...deskValues.SATISFACTIONS], bodyOptions('callback', 'satisfaction'));
  assert.deepEqual([...deskValues.PAUSE_REASONS], bodyOptions('pause', 'reason'));
  assert.deepEqual([...deskValues.EXTENDABLE_DEADLINES], bodyOptions('extend', 'deadline'));
});

test('TKT/CMP/PHR: every ticket kind, state, action, level, deadline, channel, phrase group and CMP-3 criterion has a label', () => {
  const groups: [keyof typeof zhCN.enums, readonly string[]][] = [
    ['ticketKind', TICKET_KINDS],
    ['ticketState', TICKET_STATES],
    ['ticketAction', TICKET_ACTIONS],
    ['complaintLevel', COMPLAINT_LEVELS],
    ['deadlineKind', DEADLINE_KINDS],
    ['deadlineStatus', ['open', 'met', 'breached', 'cancelled']],
    ['complaintType', COMPLAINT_TYPES],
    ['channel', CHANNELS],
    ['urgency', deskValues.URGENCIES],
    ['charge', deskValues.CHARGES],
    ['satisfaction', [...deskValues.SATISFACTIONS, 'unreached']],
    ['pauseReason', deskValues.PAUSE_REASONS],
    ['customerKind', CUSTOMER_KINDS],
    ['unitRelation', UNIT_RELATIONS],
    ['phraseGroup', Object.keys(STANDARD_PHRASES)],
    ['cmp3', Object.values(LEVEL_CRITERIA).flat()],
  ];
  for (const [group, values] of groups) {
    for (const catalogue of [zhCN, en]) {
      const labels = catalogue.enums[group] as Record<string, string>;
      assert.deepEqual(
        values.filter((v) => !labels[v]),
        [],
        `${group} lacks labels`,
      );
    }
  }
  assert.equal(zhCN.enums.complaintLevel.major, '重大');
  assert.equal(zhCN.enums.ticketKind.request, '需求建议');
});
