/**
 * Writes to the platform's projects and departments tables (decision 0010: the organisation
 * is the platform's). The projects module is their admin screen and writes only through here.
 */
import type { Insertable } from 'kysely';
import type { DbOrTrx } from '../history/record-history.ts';
import type { ProjectsTable } from '../db/schema.ts';
import { newId } from '../ids.ts';

/** The settings a project's admin may change; each one left out stays as it is. */
export interface ProjectSettingsChange {
  name?: string;
  kind?: string;
  time_zone?: string;
  working_hours?: string;
  greeting_zh?: string;
  greeting_en?: string;
}

export async function insertProject(db: DbOrTrx, row: Insertable<ProjectsTable>): Promise<void> {
  await db.insertInto('projects').values(row).execute();
}

/** Every project gets the same departments when it is created (ORG-3). */
export async function insertDepartments(
  db: DbOrTrx,
  projectId: string,
  departments: readonly { code: string; zh: string; en: string }[],
  at: Date,
): Promise<void> {
  await db
    .insertInto('departments')
    .values(
      departments.map((d) => ({
        project_id: projectId,
        department_id: newId(at.getTime()),
        code: d.code,
        name_zh: d.zh,
        name_en: d.en,
        created_at: at.toISOString(),
      })),
    )
    .execute();
}

/** Optimistic: changes the project only at `version`; false when someone saved in between. */
export async function updateProjectSettings(
  db: DbOrTrx,
  projectId: string,
  version: number,
  change: ProjectSettingsChange,
  at: Date,
): Promise<boolean> {
  const res = await db
    .updateTable('projects')
    .set({ ...change, updated_at: at.toISOString(), version: version + 1 })
    .where('project_id', '=', projectId)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
