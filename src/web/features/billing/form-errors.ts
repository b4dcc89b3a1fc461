/**
 * Server field problems name the request body (amountFen, valueCenti, …) while the setup
 * forms edit what a person types (元, kWh). This renames the problems' paths to the form's
 * field names before useErrorReporter places them, and puts a "code already exists" refusal
 * (the database's unique rule, which names no field) on the field that holds the code.
 */
import { ApiError } from '../../app/api.ts';

/**
 * @example report(forForm(err, { rename: { thresholdFen: 'thresholdYuan' }, duplicateOn: 'meterNo' }), { form })
 */
export function forForm(
  err: unknown,
  opts: { rename?: Record<string, string>; duplicateOn?: string },
): unknown {
  if (!(err instanceof ApiError)) return err;
  const fields = err.fields.map((f) => ({ ...f, path: opts.rename?.[f.path] ?? f.path }));
  if (err.code === 'DUPLICATE' && opts.duplicateOn && fields.length === 0)
    fields.push({ path: opts.duplicateOn, message: err.message });
  return new ApiError(err.status, err.code, err.message, fields, err.requestId);
}
