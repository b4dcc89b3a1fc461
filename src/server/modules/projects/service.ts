/** Projects (ORG-1): create, read, settings. Departments (ORG-3) come with every project. */
import type { z } from '@hono/zod-openapi';
import { AppError, notFound } from '../../platform/errors.ts';
import { requireAccess, requireCompanyAdmin } from '../../platform/access/require-access.ts';
import { DEPARTMENTS } from '../../platform/access/roles.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { Deps } from '../../platform/http/context.ts';
import { recordHistory, type DbOrTrx } from '../../platform/history/record-history.ts';
import { newId } from '../../platform/ids.ts';
import { insertDepartments, insertProject, updateProjectSettings } from '../../platform/org/projects.ts';
import { DEFAULT_WORKING_HOURS, isValidTimeZone, validWorkingHours } from './rules.ts';
import { findProject } from './repo.ts';
import type { CreateProjectBody, ProjectDto, ProjectSummaryDto, UpdateProjectBody } from './contract.ts';

const DEFAULT_GREETING_ZH = '您好，{project}客户服务中心，请问有什么可以帮您？';
const DEFAULT_GREETING_EN = 'Good morning, {project} Customer Service Center. How may I help you?';

function checkSettings(input: { timeZone?: string; workingHours?: { start: string; end: string }[] }): void {
  const fields = [];
  if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone))
    fields.push({ path: 'timeZone', key: 'timezone.invalid' });
  if (input.workingHours !== undefined && !validWorkingHours(input.workingHours))
    fields.push({ path: 'workingHours', key: 'calendar.bad_hours' });
  if (fields.length) throw new AppError('VALIDATION', { fields });
}

export async function createProject(
  deps: Deps,
  actor: Actor,
  input: z.infer<typeof CreateProjectBody>,
): Promise<ProjectDto> {
  requireCompanyAdmin(actor);
  checkSettings(input);
  const now = deps.clock.now();
  const projectId = newId(now.getTime());
  await deps.db.k.transaction().execute(async (trx) => {
    const clash = await trx
      .selectFrom('projects')
      .select('project_id')
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (clash)
      throw new AppError('DUPLICATE', {
        params: { what: 'what.code' },
        fields: [{ path: 'code', key: 'error.DUPLICATE', params: { what: 'what.code' } }],
      });
    await insertProject(trx, {
      project_id: projectId,
      code: input.code,
      name: input.name,
      kind: input.kind,
      time_zone: input.timeZone,
      working_hours: JSON.stringify(input.workingHours ?? DEFAULT_WORKING_HOURS),
      greeting_zh: input.greetingZh ?? DEFAULT_GREETING_ZH.replace('{project}', input.name),
      greeting_en: input.greetingEn ?? DEFAULT_GREETING_EN.replace('{project}', input.code),
      active: 1,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    await insertDepartments(trx, projectId, DEPARTMENTS, now);
    await recordHistory(trx, {
      projectId,
      entityType: 'project',
      entityId: projectId,
      action: 'created',
      actor,
      at: now,
      after: input,
    });
  });
  return (await findProject(deps.db.k, projectId))!;
}

export async function getProject(db: DbOrTrx, actor: Actor, projectId: string): Promise<ProjectDto> {
  requireAccess({ actor, permission: 'project.read', projectId });
  const p = await findProject(db, projectId);
  if (!p) throw notFound('what.project');
  return p;
}

export async function listProjects(db: DbOrTrx, actor: Actor): Promise<ProjectSummaryDto[]> {
  const rows = await db
    .selectFrom('projects')
    .select(['project_id', 'code', 'name', 'kind'])
    .where('active', '=', 1)
    .orderBy('code')
    .execute();
  return rows
    .filter((r) => actor.isCompanyAdmin || actor.roles.has(r.project_id))
    .map((r) => ({ projectId: r.project_id, code: r.code, name: r.name, kind: r.kind }));
}

export async function updateProject(
  deps: Deps,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof UpdateProjectBody>,
): Promise<ProjectDto> {
  requireAccess({ actor, permission: 'project.settings', projectId });
  checkSettings(input);
  const now = deps.clock.now();
  await deps.db.k.transaction().execute(async (trx) => {
    const before = await findProject(trx, projectId);
    if (!before) throw notFound('what.project');
    const saved = await updateProjectSettings(
      trx,
      projectId,
      input.version,
      {
        ...(input.name !== undefined && { name: input.name }),
        ...(input.kind !== undefined && { kind: input.kind }),
        ...(input.timeZone !== undefined && { time_zone: input.timeZone }),
        ...(input.workingHours !== undefined && { working_hours: JSON.stringify(input.workingHours) }),
        ...(input.greetingZh !== undefined && { greeting_zh: input.greetingZh }),
        ...(input.greetingEn !== undefined && { greeting_en: input.greetingEn }),
      },
      now,
    );
    if (!saved) throw new AppError('VERSION_CONFLICT');
    const { version: _v, ...changes } = input;
    await recordHistory(trx, {
      projectId,
      entityType: 'project',
      entityId: projectId,
      action: 'settings_changed',
      actor,
      at: now,
      before,
      after: changes,
    });
  });
  return (await findProject(deps.db.k, projectId))!;
}
