/** Key states with their colours, and who may decide a request's pending step (KEY-4). Pure. */
import type { KeyDto, KeyRequestDto } from '../api.ts';

export const KEY_STATES = ['in_cabinet', 'viewing', 'borrowed', 'handed_over', 'lost'] as const;

export const KEY_STATE_COLOUR: Record<KeyDto['state'], string> = {
  in_cabinet: 'green',
  viewing: 'blue',
  borrowed: 'gold',
  handed_over: 'default',
  lost: 'red',
};

/**
 * Whether this user can decide the request's pending step: the key's keeper consents, a
 * project manager and a company admin approve, each step a different person. The server
 * decides; this only hides buttons it would refuse.
 */
export function canDecide(
  r: Pick<KeyRequestDto, 'pendingStep' | 'approvals'>,
  key: Pick<KeyDto, 'keeperId'>,
  me: { userId: string; isCompanyAdmin: boolean; canApprove: boolean },
): boolean {
  if (!r.pendingStep || r.approvals.some((a) => a.userId === me.userId)) return false;
  if (r.pendingStep === 'keeper') return key.keeperId === me.userId;
  if (r.pendingStep === 'project_manager') return me.canApprove;
  return me.isCompanyAdmin;
}
