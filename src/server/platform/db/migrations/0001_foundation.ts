/**
 * Foundation schema. Every project table leads its primary key with project_id and every
 * foreign key between project tables includes it, so the schema can be distributed by
 * project (Citus) later. users, sessions and login_attempts are installation-wide
 * (a Citus reference table / local table): see docs/decisions/0002-project-scoping.md.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.ts';
import { columnTypes } from '../columns.ts';

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const t = columnTypes(dialect);

  await db.schema
    .createTable('projects')
    .addColumn('project_id', t.id, (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('working_hours', 'text', (c) => c.notNull())
    .addColumn('greeting_zh', 'text', (c) => c.notNull())
    .addColumn('greeting_en', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('user_id', t.id, (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('is_company_admin', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locale', 'text', (c) => c.notNull().defaultTo('zh-CN'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('session_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.user_id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('last_seen_at', t.instant, (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('login_attempts')
    .addColumn('attempt_key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', t.instant, (c) => c.notNull())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('locked_until', t.instant)
    .execute();

  await db.schema
    .createTable('departments')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('department_id', t.id, (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('departments_pk', ['project_id', 'department_id'])
    .addUniqueConstraint('departments_code', ['project_id', 'code'])
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('user_id', t.id, (c) => c.notNull().references('users.user_id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('department_id', t.id)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('created_by', t.id)
    .addPrimaryKeyConstraint('memberships_pk', ['project_id', 'user_id', 'role'])
    .addForeignKeyConstraint('memberships_department', ['project_id', 'department_id'], 'departments', [
      'project_id',
      'department_id',
    ])
    .execute();
  await db.schema
    .createIndex('memberships_user')
    .on('memberships')
    .columns(['user_id', 'project_id'])
    .execute();

  await db.schema
    .createTable('calendar_days')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('day', t.date, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('calendar_days_pk', ['project_id', 'day'])
    .execute();

  await db.schema
    .createTable('buildings')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('building_id', t.id, (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('floors_above', 'integer', (c) => c.notNull())
    .addColumn('floors_below', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('owner_party', 'text', (c) => c.notNull())
    .addColumn('managing_party', 'text', (c) => c.notNull())
    .addColumn('numbering_pattern', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('buildings_pk', ['project_id', 'building_id'])
    .addUniqueConstraint('buildings_code', ['project_id', 'code'])
    .execute();

  await db.schema
    .createTable('units')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('building_id', t.id, (c) => c.notNull())
    .addColumn('floor', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('building_area_centi_m2', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('inner_area_centi_m2', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('use', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('units_pk', ['project_id', 'unit_id'])
    .addUniqueConstraint('units_code', ['project_id', 'building_id', 'code'])
    .addForeignKeyConstraint('units_building', ['project_id', 'building_id'], 'buildings', [
      'project_id',
      'building_id',
    ])
    .execute();
  await db.schema
    .createIndex('units_tree')
    .on('units')
    .columns(['project_id', 'building_id', 'floor', 'code'])
    .execute();

  await db.schema
    .createTable('unit_status_history')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('entry_id', t.id, (c) => c.notNull())
    .addColumn('unit_id', t.id, (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('workflow', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addColumn('at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_status_history_pk', ['project_id', 'entry_id'])
    .addForeignKeyConstraint('unit_status_history_unit', ['project_id', 'unit_id'], 'units', [
      'project_id',
      'unit_id',
    ])
    .execute();
  await db.schema
    .createIndex('unit_status_history_unit')
    .on('unit_status_history')
    .columns(['project_id', 'unit_id', 'at'])
    .execute();

  await db.schema
    .createTable('parking_areas')
    .addColumn('project_id', t.id, (c) => c.notNull().references('projects.project_id'))
    .addColumn('area_id', t.id, (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('parking_areas_pk', ['project_id', 'area_id'])
    .addUniqueConstraint('parking_areas_code', ['project_id', 'code'])
    .execute();

  await db.schema
    .createTable('parking_spaces')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('space_id', t.id, (c) => c.notNull())
    .addColumn('area_id', t.id, (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('parking_spaces_pk', ['project_id', 'space_id'])
    .addUniqueConstraint('parking_spaces_code', ['project_id', 'area_id', 'code'])
    .addForeignKeyConstraint('parking_spaces_area', ['project_id', 'area_id'], 'parking_areas', [
      'project_id',
      'area_id',
    ])
    .execute();

  await db.schema
    .createTable('history')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('entry_id', t.id, (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('actor_id', t.id)
    .addColumn('at', t.instant, (c) => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addPrimaryKeyConstraint('history_pk', ['project_id', 'entry_id'])
    .execute();
  await db.schema
    .createIndex('history_entity')
    .on('history')
    .columns(['project_id', 'entity_type', 'entity_id', 'at'])
    .execute();

  await db.schema
    .createTable('timers')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('timer_id', t.id, (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('dedupe_key', 'text', (c) => c.notNull())
    .addColumn('due_at', t.instant, (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_by', 'text')
    .addColumn('claimed_until', t.instant)
    .addColumn('fired_at', t.instant)
    .addColumn('last_error', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('timers_pk', ['project_id', 'timer_id'])
    .addUniqueConstraint('timers_dedupe', ['project_id', 'kind', 'dedupe_key'])
    .execute();
  // The sweeper's only query: pending timers by due time. Cost depends on due rows, not
  // on how many tickets are open.
  await db.schema.createIndex('timers_due').on('timers').columns(['status', 'due_at']).execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('project_id', t.id, (c) => c.notNull())
    .addColumn('idem_key', 'text', (c) => c.notNull())
    .addColumn('user_id', t.id, (c) => c.notNull())
    .addColumn('response_status', 'integer', (c) => c.notNull())
    .addColumn('response_body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['project_id', 'idem_key'])
    .execute();
}
