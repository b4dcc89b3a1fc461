/**
 * Under test, every JSON answer is checked against the response schema its route declares,
 * so a schema that drifts from what the handler really sends fails the suite instead of
 * lying in /api/docs. Off in production (it parses every answer twice).
 */
import type { ZodType } from 'zod';

export const CHECK_RESPONSES_ENV = 'PROPDESK_CHECK_RESPONSES';

export const checkingResponses = (): boolean => process.env[CHECK_RESPONSES_ENV] === '1';

interface RouteLike {
  method: string;
  path: string;
  responses: Record<string, unknown>;
}

/** Throws when a JSON answer does not match the schema declared for its status. */
export async function assertResponseMatches(route: RouteLike, res: Response): Promise<void> {
  if (!(res.headers.get('content-type') ?? '').includes('application/json')) return;
  const declared = route.responses[String(res.status)] as
    { content?: Record<string, { schema?: unknown }> } | undefined;
  const schema = declared?.content?.['application/json']?.schema as ZodType | undefined;
  if (!schema || typeof (schema as { safeParse?: unknown }).safeParse !== 'function') return;
  const body: unknown = await res.clone().json();
  const result = schema.safeParse(body);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 5)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
    throw new Error(
      `${route.method.toUpperCase()} ${route.path} answered ${res.status} with a body its response schema refuses: ${issues}`,
    );
  }
}
