/**
 * Server messages of the money adjustments that need a second person (FEE-6/ORG-2: reversal
 * and deduction requests and their decision), merged into messages.ts. Same keys in both languages.
 */
type Catalogue = Record<string, string>;

export const billingZh: Catalogue = {
  'what.adjustment': '冲正/减免申请',
  'adjustment.pending_exists': '该记录已有待审批的冲正申请',
  'adjustment.own_request': '不能审批自己提出的申请，须由另一位经理审批',
  'adjustment.own_entry': '该记录由您本人录入，须由另一位经理审批',
  'adjustment.decided': '该申请已审批过',
  'adjustment.bill_settled': '该账单已结清，不能再减免',
};

export const billingEn: Catalogue = {
  'what.adjustment': 'Adjustment request',
  'adjustment.pending_exists': 'A reversal of this entry is already waiting for approval',
  'adjustment.own_request': 'You cannot decide your own request; another manager must',
  'adjustment.own_entry': 'You recorded the entry this request adjusts; another manager must decide it',
  'adjustment.decided': 'This request has already been decided',
  'adjustment.bill_settled': 'This bill is settled; nothing is left to deduct',
};
