/**
 * The demo company: the manuals' office campus (building 1 office 20F, building 2 office
 * 18F, building 3 hotel, building 4 theatre, 790 underground + 28 surface spaces) and a
 * small residential estate, with a demo person in every role. Runs once, on an empty database.
 */
import { SYSTEM_ACTOR } from '../platform/access/actor.ts';
import type { Role } from '../platform/access/roles.ts';
import type { Deps } from '../platform/http/context.ts';
import { createProject } from '../modules/projects/service.ts';
import { importCalendarYear } from '../modules/projects/calendar-service.ts';
import { createStaff } from '../modules/staff/service.ts';
import { createBuilding, createParkingArea } from '../modules/properties/service.ts';
import { changeUnitStatus, type UnitStatus } from '../modules/properties/index.ts';
import { CALENDAR_2026 } from './campus-calendar.ts';
import { createCustomer } from '../modules/customers/service.ts';
import { linkCustomerToUnit } from '../modules/customers/unit-links.ts';
import { newId } from '../platform/ids.ts';
import { seedBilling } from './seed-billing.ts';
import { seedCustody } from './seed-custody.ts';
import { seedHandover } from './seed-handover.ts';
import { recordDemoLogins } from './demo-logins.ts';
import { MONTH_DAYS, seedMonth } from './seed-month.ts';
import { FixedClock } from '../platform/clock.ts';
import { addDays, DEFAULT_TIME_ZONE, instantAt, localDay } from '../platform/calendar/index.ts';

export const DEMO_PASSWORD = 'Demo2026';

export interface DemoLogin {
  username: string;
  displayName: string;
  roles: string;
  project: string;
}

const CAMPUS_STAFF: { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'clerk', displayName: '王芳（前台）', roles: ['cs_clerk'] },
  { username: 'supervisor', displayName: '李静（客服主管）', roles: ['cs_supervisor'] },
  { username: 'csmanager', displayName: '张伟（客服经理）', roles: ['cs_manager'] },
  { username: 'pm', displayName: '陈明（项目经理）', roles: ['project_manager'] },
  { username: 'engineer', displayName: '刘强（工程部）', roles: ['engineering'] },
  { username: 'guard', displayName: '赵军（安保部）', roles: ['security'] },
  { username: 'cleaner', displayName: '孙丽（保洁）', roles: ['cleaning'] },
  { username: 'cashier', displayName: '周敏（收费员）', roles: ['cashier'] },
  { username: 'archivist', displayName: '吴红（档案员）', roles: ['archivist'] },
  { username: 'nightmgr', displayName: '郑涛（夜班经理）', roles: ['night_manager'] },
  { username: 'enghead', displayName: '马力（工程部经理）', roles: ['department_head'] },
  { username: 'engineer2', displayName: '黄海（工程部）', roles: ['engineering'] },
];

/** Department of a role that needs one named (the department head). */
const ROLE_DEPT: Record<string, 'engineering'> = { enghead: 'engineering' };

const ESTATE_STAFF: { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'estate.clerk', displayName: '何晓（翠湖客服）', roles: ['cs_clerk'] },
  { username: 'estate.pm', displayName: '冯军（翠湖项目经理）', roles: ['project_manager'] },
];

export async function isEmpty(deps: Deps): Promise<boolean> {
  const any = await deps.db.k.selectFrom('users').select('user_id').limit(1).executeTakeFirst();
  return !any;
}

export interface SeedOptions {
  /** Also the last eight weeks of work (seed-month.ts): what `npm start` and `seed-demo` load. */
  month?: boolean;
  /** Calls per weekday in the month (default 7). */
  callsPerDay?: number;
  log?: (line: string) => void;
}

/**
 * The demo company. By default the small demo the tests build on, created at the clock's
 * now; with `month`, the same demo as it stood eight weeks ago and the weeks since played
 * through the use cases up to now.
 */
export async function seedDemo(deps: Deps, o: SeedOptions = {}): Promise<DemoLogin[]> {
  if (!o.month) return seedBasic(deps);
  const end = deps.clock.now();
  const clock = new FixedClock(
    instantAt(addDays(localDay(end, DEFAULT_TIME_ZONE), -MONTH_DAYS), '08:00', DEFAULT_TIME_ZONE),
  );
  const logins = await seedBasic({ ...deps, clock });
  const summary = await seedMonth(deps, clock, end, { callsPerDay: o.callsPerDay, log: o.log });
  if (summary.failures.length)
    deps.logger.warn({ failures: summary.failures.slice(0, 20) }, 'demo month: some steps were refused');
  return logins;
}

async function seedBasic(deps: Deps): Promise<DemoLogin[]> {
  const actor = SYSTEM_ACTOR;
  const logins: DemoLogin[] = [];
  await createStaff(deps, actor, {
    username: 'admin',
    displayName: '系统管理员',
    password: DEMO_PASSWORD,
    isCompanyAdmin: true,
    roles: [],
  });
  logins.push({ username: 'admin', displayName: '系统管理员', roles: 'company admin', project: '*' });

  const campus = await createProject(deps, actor, {
    code: 'CAMPUS',
    name: '国际金融中心',
    kind: 'office',
    timeZone: 'Asia/Shanghai',
  });
  await importCalendarYear(deps, actor, campus.projectId, 2026, CALENDAR_2026);
  const b1 = await createBuilding(deps, actor, campus.projectId, {
    code: '1',
    name: '1号楼 写字楼',
    kind: 'office',
    floorsAbove: 20,
    floorsBelow: 3,
    ownerParty: '金融中心置业有限公司',
    managingParty: '本公司',
    numberingPattern: '{B}-{F}{UU}',
    initialStatus: 'not_received',
    segments: [
      {
        fromFloor: 1,
        toFloor: 3,
        unitsPerFloor: 1,
        use: 'commercial',
        buildingAreaM2: 1280.5,
        innerAreaM2: 1010.25,
      },
      {
        fromFloor: 4,
        toFloor: 20,
        unitsPerFloor: 8,
        use: 'office',
        buildingAreaM2: 182.36,
        innerAreaM2: 139.8,
      },
    ],
  });
  await createBuilding(deps, actor, campus.projectId, {
    code: '2',
    name: '2号楼 写字楼',
    kind: 'office',
    floorsAbove: 18,
    floorsBelow: 3,
    ownerParty: '金融中心置业有限公司',
    managingParty: '本公司',
    numberingPattern: '{B}-{F}{UU}',
    initialStatus: 'not_received',
    segments: [
      { fromFloor: 1, toFloor: 3, unitsPerFloor: 1, use: 'lobby', buildingAreaM2: 960, innerAreaM2: 780 },
      {
        fromFloor: 4,
        toFloor: 18,
        unitsPerFloor: 6,
        use: 'office',
        buildingAreaM2: 236.5,
        innerAreaM2: 181.2,
      },
    ],
  });
  await createBuilding(deps, actor, campus.projectId, {
    code: '3',
    name: '3号楼 酒店',
    kind: 'hotel',
    floorsAbove: 16,
    floorsBelow: 2,
    ownerParty: '金融中心酒店管理有限公司',
    managingParty: '酒店自管',
    numberingPattern: '{B}-{F}{UU}',
    initialStatus: 'office_in_use',
    segments: [{ fromFloor: 1, toFloor: 1, unitsPerFloor: 1, use: 'hotel', buildingAreaM2: 42000 }],
  });
  await createBuilding(deps, actor, campus.projectId, {
    code: '4',
    name: '4号楼 剧院',
    kind: 'theatre',
    floorsAbove: 4,
    floorsBelow: 1,
    ownerParty: '京剧院',
    managingParty: '剧院自管',
    numberingPattern: '{B}-{F}{UU}',
    initialStatus: 'office_in_use',
    segments: [{ fromFloor: 1, toFloor: 1, unitsPerFloor: 1, use: 'theatre', buildingAreaM2: 13000 }],
  });
  await createParkingArea(deps, actor, campus.projectId, {
    code: 'B',
    name: '地下停车场',
    kind: 'underground',
    spaces: { count: 790, prefix: 'B', start: 1, width: 3, kind: 'standard' },
  });
  await createParkingArea(deps, actor, campus.projectId, {
    code: 'S',
    name: '地面停车场',
    kind: 'surface',
    spaces: { count: 28, prefix: 'S', start: 1, width: 2, kind: 'standard' },
  });
  await surveyStatuses(deps, campus.projectId, b1.buildingId, [
    'office_in_use',
    'office_in_use',
    'renovating',
    'vacant',
    'office_in_use',
    'tenant_occupied',
  ]);

  for (const s of CAMPUS_STAFF) {
    const department = ROLE_DEPT[s.username];
    await createStaff(deps, actor, {
      username: s.username,
      displayName: s.displayName,
      password: DEMO_PASSWORD,
      isCompanyAdmin: false,
      projectId: campus.projectId,
      roles: s.roles.map((role) => ({ role, ...(department && { department }) })),
    });
    logins.push({
      username: s.username,
      displayName: s.displayName,
      roles: s.roles.join(','),
      project: campus.code,
    });
  }
  await seedServiceDesk(deps, campus.projectId, b1.buildingId);
  await seedBilling(deps, campus.projectId);
  await seedCustody(deps, campus.projectId);

  const estate = await createProject(deps, actor, {
    code: 'ESTATE',
    name: '翠湖花园',
    kind: 'residential',
    timeZone: 'Asia/Shanghai',
  });
  await importCalendarYear(deps, actor, estate.projectId, 2026, CALENDAR_2026);
  for (const code of ['1', '2', '3']) {
    const b = await createBuilding(deps, actor, estate.projectId, {
      code,
      name: `${code}栋`,
      kind: 'residential',
      floorsAbove: 11,
      floorsBelow: 1,
      ownerParty: '翠湖置业',
      managingParty: '本公司',
      numberingPattern: '{B}-{F}{UU}',
      initialStatus: 'not_received',
      segments: [
        {
          fromFloor: 1,
          toFloor: 11,
          unitsPerFloor: 4,
          use: 'residential',
          buildingAreaM2: 98.76,
          innerAreaM2: 79.3,
        },
      ],
    });
    await surveyStatuses(deps, estate.projectId, b.buildingId, [
      'owner_occupied',
      'owner_occupied',
      'tenant_occupied',
      'vacant',
      'renovating',
      'owner_occupied',
    ]);
  }
  await createParkingArea(deps, actor, estate.projectId, {
    code: 'P',
    name: '地下车库',
    kind: 'underground',
    spaces: { count: 120, prefix: 'P', start: 1, width: 3, kind: 'standard' },
  });
  for (const s of ESTATE_STAFF) {
    await createStaff(deps, actor, {
      username: s.username,
      displayName: s.displayName,
      password: DEMO_PASSWORD,
      isCompanyAdmin: false,
      projectId: estate.projectId,
      roles: s.roles.map((role) => ({ role })),
    });
    logins.push({
      username: s.username,
      displayName: s.displayName,
      roles: s.roles.join(','),
      project: estate.code,
    });
  }
  logins.push(...(await seedHandover(deps, estate.projectId)));
  // Demo accounts keep the printed password; real accounts must change theirs at first login.
  await deps.db.k.updateTable('users').set({ must_change_password: 0 }).execute();
  await recordDemoLogins(
    deps,
    campus.projectId,
    logins.map((l) => ({
      username: l.username,
      project: l.project,
      roles: l.project === '*' ? [] : l.roles.split(','),
    })),
    DEMO_PASSWORD,
  );
  return logins;
}

const CAMPUS_CUSTOMERS = [
  { name: '周建国', company: '华信证券北京分公司', phone: '13801010001', unit: '1-405' },
  { name: '林晓梅', company: '华信证券北京分公司', phone: '13801010002', unit: '1-405' },
  { name: '高远', company: '远景律师事务所', phone: '13901020003', unit: '1-602' },
  { name: '钱宏', company: '瑞丰投资管理有限公司', phone: '13601030004', unit: '1-808' },
  { name: '孙悦', company: '蓝海科技有限公司', phone: '13701040005', unit: '1-1203' },
  { name: '吴敏', company: '蓝海科技有限公司', phone: '13701040006', unit: '1-1203' },
  { name: '郑凯', company: '恒通保险经纪', phone: '13501050007', unit: '1-1501' },
];

const PRICE_LIST = [
  { name: '更换灯管/灯泡', unit: '个', priceFen: 2000 },
  { name: '疏通下水道', unit: '次', priceFen: 8000 },
  { name: '更换水龙头（不含材料）', unit: '个', priceFen: 3000 },
  { name: '更换门锁（不含材料）', unit: '把', priceFen: 5000 },
  { name: '空调清洗', unit: '台', priceFen: 12000 },
];

/** Customers of building 1 with their phones and units, and the paid-service price list (REP-3). */
async function seedServiceDesk(deps: Deps, projectId: string, buildingId: string): Promise<void> {
  const units = await deps.db.k
    .selectFrom('units')
    .select(['unit_id', 'code'])
    .where('project_id', '=', projectId)
    .where('building_id', '=', buildingId)
    .execute();
  const unitByCode = new Map(units.map((u) => [u.code, u.unit_id]));
  for (const c of CAMPUS_CUSTOMERS) {
    const made = await createCustomer(deps, SYSTEM_ACTOR, projectId, {
      kind: 'person',
      name: c.name,
      company: c.company,
      phones: [{ phone: c.phone, label: 'mobile' }],
    });
    await linkCustomerToUnit(deps.db.k, {
      projectId,
      customerId: made.customerId,
      unitId: unitByCode.get(c.unit)!,
      relation: 'staff',
      actor: SYSTEM_ACTOR,
      at: deps.clock.now(),
      workflow: 'demo',
    });
  }
  const now = deps.clock.now().toISOString();
  await deps.db.k
    .insertInto('service_prices')
    .values(
      PRICE_LIST.map((p) => ({
        project_id: projectId,
        price_id: newId(),
        name: p.name,
        unit: p.unit,
        price_fen: p.priceFen,
        active: 1,
        created_at: now,
      })),
    )
    .execute();
}

/** Gives the demo a realistic mix of statuses, recorded as the initial status survey (STA-1). */
async function surveyStatuses(
  deps: Deps,
  projectId: string,
  buildingId: string,
  cycle: UnitStatus[],
): Promise<void> {
  const units = await deps.db.k
    .selectFrom('units')
    .select(['unit_id'])
    .where('project_id', '=', projectId)
    .where('building_id', '=', buildingId)
    .orderBy('code')
    .execute();
  const at = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    for (const [i, u] of units.entries()) {
      if (i % 4 === 3) continue; // every fourth unit stays as it was (未接房)
      await changeUnitStatus(trx, {
        projectId,
        unitId: u.unit_id,
        to: cycle[i % cycle.length]!,
        workflow: 'initial_survey',
        reason: '初始状态普查',
        actor: SYSTEM_ACTOR,
        at,
      });
    }
  });
}
