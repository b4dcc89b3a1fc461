/**
 * CUS-3 exports of owner data, pure: a request is decided once — by a manager other than the
 * one who asked, the ORG-2 four-eyes rule every approval shares (platform/access/approval.ts);
 * an approved export is downloaded once, by the one who asked, within EXPORT_VALID_DAYS of
 * the approval — after that it has expired.
 */

export const EXPORT_VALID_DAYS = 7;
/** What the screen shows: an approved export past its time reads as expired. */
export const EXPORT_STATES = ['requested', 'approved', 'refused', 'downloaded', 'expired'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];
export type ExportStatus = Exclude<ExportState, 'expired'>;

export interface ExportFacts {
  status: ExportStatus;
  requestedBy: string | null;
  expiresAt: string | null;
}

/** When an approval given at `at` stops being downloadable. */
export function expiryOf(at: Date): Date {
  return new Date(at.getTime() + EXPORT_VALID_DAYS * 86_400_000);
}

export function exportState(r: ExportFacts, now: Date): ExportState {
  return r.status === 'approved' && r.expiresAt !== null && new Date(r.expiresAt) <= now
    ? 'expired'
    : r.status;
}

/** Why this request can no longer be decided, or null (who may decide is the four-eyes rule's). */
export function decisionRefusal(r: ExportFacts): string | null {
  return r.status !== 'requested' ? 'export.already_decided' : null;
}

/** Why this person may not download this export now, or null. */
export function downloadRefusal(r: ExportFacts, userId: string, now: Date): string | null {
  const state = exportState(r, now);
  if (state === 'requested') return 'export.not_approved';
  if (state === 'refused') return 'export.refused';
  if (state === 'downloaded') return 'export.already_downloaded';
  if (state === 'expired') return 'export.expired';
  if (r.requestedBy !== userId) return 'export.not_requester';
  return null;
}
