import type { DbOrTrx } from '../../platform/history/record-history.ts';
import type { ProjectDto } from './contract.ts';

export async function findProject(db: DbOrTrx, projectId: string): Promise<ProjectDto | undefined> {
  const p = await db
    .selectFrom('projects')
    .selectAll()
    .where('project_id', '=', projectId)
    .executeTakeFirst();
  if (!p) return undefined;
  const departments = await db
    .selectFrom('departments')
    .selectAll()
    .where('project_id', '=', projectId)
    .orderBy('code')
    .execute();
  return {
    projectId: p.project_id,
    code: p.code,
    name: p.name,
    kind: p.kind as ProjectDto['kind'],
    timeZone: p.time_zone,
    workingHours: JSON.parse(p.working_hours),
    greetingZh: p.greeting_zh,
    greetingEn: p.greeting_en,
    version: p.version,
    departments: departments.map((d) => ({
      departmentId: d.department_id,
      code: d.code,
      nameZh: d.name_zh,
      nameEn: d.name_en,
    })),
  };
}
