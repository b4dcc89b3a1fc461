/** The roles a person can hold in a project (ORG-2), in the order managers think of them. */
export { ROLES, ROLE_DEPARTMENT, type Role } from '../../../server/platform/access/roles.ts';
