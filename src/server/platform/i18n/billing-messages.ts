/**
 * Server messages of the money adjustments that need a second person (FEE-6/ORG-2: reversal
 * and deduction requests and their decision), merged into messages.ts. Same keys in both languages.
 */
type Catalogue = Record<string, string>;

export const billingZh: Catalogue = {
  'what.adjustment': '冲正/减免申请',
  'adjustment.pending_exists': '该记录已有待审批的冲正申请',
  'adjustment.decided': '该申请已审批过',
  'adjustment.bill_settled': '该账单已结清，不能再减免',
};

export const billingEn: Catalogue = {
  'what.adjustment': 'Adjustment request',
  'adjustment.pending_exists': 'A reversal of this entry is already waiting for approval',
  'adjustment.decided': 'This request has already been decided',
  'adjustment.bill_settled': 'This bill is settled; nothing is left to deduct',
};
