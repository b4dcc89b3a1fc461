/** The pass's states with their colours, and which wizard step a state stands at (REL-1..5). Pure. */
import type { PassDto } from '../api.ts';

export const PASS_STATES = [
  'awaiting_arrears',
  'awaiting_call',
  'awaiting_signatures',
  'issued',
  'used',
  'refused',
  'cancelled',
] as const;

export const PASS_STATE_COLOUR: Record<PassDto['state'], string> = {
  awaiting_arrears: 'gold',
  awaiting_call: 'gold',
  awaiting_signatures: 'blue',
  issued: 'green',
  used: 'default',
  refused: 'red',
  cancelled: 'default',
};

export type WizardStep = 'register' | 'arrears' | 'call' | 'sign' | 'issue' | 'gate';

/** The steps this pass goes through: the fees check only when moving out, the call only when someone must be phoned. */
export function wizardSteps(p: Pick<PassDto, 'purpose' | 'callParty'>): WizardStep[] {
  return [
    'register',
    ...(p.purpose === 'moving_out' ? (['arrears'] as const) : []),
    ...(p.callParty ? (['call'] as const) : []),
    'sign',
    'issue',
    'gate',
  ];
}

/** The step the pass is at; a refused pass stays at the step that refused it. */
export function currentStep(p: Pick<PassDto, 'state' | 'refusal'>): WizardStep {
  switch (p.state) {
    case 'awaiting_arrears':
      return 'arrears';
    case 'awaiting_call':
      return 'call';
    case 'awaiting_signatures':
      return 'sign';
    case 'issued':
      return 'issue';
    case 'used':
      return 'gate';
    case 'refused':
      return p.refusal === 'arrears' ? 'arrears' : 'call';
    default:
      return 'register';
  }
}

/** 'pass.clerk' → 'clerk'. */
export const signerRole = (purpose: string) =>
  purpose.replace(/^pass\./, '') as 'clerk' | 'carrier' | 'owner';
