/**
 * Server messages of the customers module: customer archives, the owner roster import,
 * archive loans and data exports. After them, the words of its prints and exports, each
 * read through a *labels.ts file. `en: typeof zh` (and `typeof …Zh`) makes a key missing
 * from (or added to) one language a type error.
 */
const zh = {
  'what.customer': '客户',
  'archive.read_only': '该档案已封存或已转让，只能查看不能修改',
  'archive.id_number_invalid': '证件号码格式不正确',
  'customer.phone_partial': '请输入完整的电话号码（至少 {min} 位数字）',
  'customer.contact_partial': '请输入完整的电话号码（至少 {min} 位数字），或客户档案中某个号码的尾号',
  'what.archive_record': '档案记录',
  'what.loan': '借阅记录',
  'what.export_request': '导出申请',
  'archive.id_pair': '证件类型和证件号码须一起填写',
  'loan.out_in_future': '借出日期不能晚于今天',
  'loan.due_before_out': '应还日期不能早于借出日期（{outDay}）',
  'loan.back_before_out': '归还日期不能早于借出日期（{outDay}）',
  'loan.back_in_future': '归还日期不能晚于今天',
  'loan.approver_not_manager': '批准人须为有档案审批权限的经理',
  'loan.already_out': '该档案已借给{borrower}，应于 {dueDay} 归还，归还后才能再借',
  'loan.already_back': '该档案已于 {backDay} 归还',
  'export.already_decided': '该导出申请已经处理过',
  'export.not_approved': '该导出申请尚未批准',
  'export.refused': '该导出申请已被拒绝',
  'export.already_downloaded': '该导出文件已下载过，每次批准只能下载一次',
  'export.expired': '批准已过期，请重新申请',
  'export.not_requester': '只有申请人本人可以下载',
  'what.roster_import': '清册导入',
  'roster.required': '必填',
  'roster.too_long': '最多 {max} 个字符',
  'roster.unit_unknown': '本项目没有房号 {code}',
  'roster.unit_already_imported': '房号 {code} 已在业主清册中，不能重复导入',
  'roster.unit_repeated': '房号 {code} 在第 {rows} 行重复出现',
  'roster.id_type_unknown': '无法识别证件类型“{value}”，应为身份证、护照、港澳通行证、台胞证、营业执照或其他',
  'roster.id_number_as_number': '证件号码被 Excel 存成了数字，后几位已丢失；请把该列设为文本格式后重新填写',
  'roster.id_number_invalid': '证件号码与证件类型不符（身份证须 18 位且校验位正确）',
  'roster.id_number_taken': '该证件号码已登记在另一位客户的档案中，姓名不一致',
  'roster.id_number_names_differ': '同一证件号码在第 {rows} 行对应了不同的姓名',
  'roster.phone_invalid': '应为 11 位手机号或带区号的固定电话',
  'roster.missing_columns': '表格缺少必需的列：{columns}（请使用业主清册模板）',
  'roster.empty': '表格中没有业主数据',
  'roster.too_many_rows': '一次最多导入 {max} 行，请分批导入',
  'roster.not_xlsx': '请上传 Excel 的 .xlsx 文件',
  'roster.old_xls': '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再上传',
  'roster.unpacked_too_large':
    '表格解压后超过 {mb} MB，无法读取：请只保留业主清册这一张表（删除其他工作表、图片）后重新上传',
  'roster.too_complex': '表格过大或过于复杂，无法读取：请只保留业主清册这一张表后重新上传',
  'roster.already_committed': '该清册已经导入，不能再次导入',
  'roster.already_discarded': '该清册预览已放弃，请重新上传',
  'roster.has_problems': '还有 {count} 行有问题：请修改文件后重新上传，或选择跳过问题行',
  'roster.nothing_to_import': '没有可以导入的行',
  'roster.changed_since_preview': '预览之后业主清册或档案已有变化（第 {rows} 行），请重新上传清册',
};

const en: typeof zh = {
  'what.customer': 'Customer',
  'archive.read_only': 'This archive is sealed or transferred: it can be read but not changed',
  'archive.id_number_invalid': 'The ID number is not valid for its document type',
  'customer.phone_partial': 'Enter the whole phone number (at least {min} digits)',
  'customer.contact_partial':
    "Enter the whole phone number (at least {min} digits), or the last digits of a number in the customer's archive",
  'what.archive_record': 'Archive record',
  'what.loan': 'Loan',
  'what.export_request': 'Export request',
  'archive.id_pair': 'Give the document type and the ID number together',
  'loan.out_in_future': 'The day out cannot be after today',
  'loan.due_before_out': 'The due day cannot be before the day out ({outDay})',
  'loan.back_before_out': 'The day back cannot be before the day out ({outDay})',
  'loan.back_in_future': 'The day back cannot be after today',
  'loan.approver_not_manager': 'The approver must be a manager who may approve archive matters',
  'loan.already_out':
    'This file is out to {borrower}, due back on {dueDay}; it can be lent again once returned',
  'loan.already_back': 'This file came back on {backDay}',
  'export.already_decided': 'This export request has already been decided',
  'export.not_approved': 'This export has not been approved',
  'export.refused': 'This export was refused',
  'export.already_downloaded': 'This export has already been downloaded; an approval allows one download',
  'export.expired': 'The approval has expired; ask again',
  'export.not_requester': 'Only the person who asked may download it',
  'what.roster_import': 'Roster import',
  'roster.required': 'Required',
  'roster.too_long': 'At most {max} characters',
  'roster.unit_unknown': 'The project has no unit {code}',
  'roster.unit_already_imported': 'Unit {code} is already in the owner roster and cannot be imported again',
  'roster.unit_repeated': 'Unit {code} appears more than once (rows {rows})',
  'roster.id_type_unknown':
    'Unknown document type "{value}": use ID card, passport, HK/Macau permit, Taiwan permit, business licence or other',
  'roster.id_number_as_number':
    'Excel stored this ID number as a number and dropped its last digits; format the column as text and type it again',
  'roster.id_number_invalid':
    'The ID number does not fit its document type (an ID card has 18 characters with a valid check digit)',
  'roster.id_number_taken': "This ID number is already on another customer's archive under a different name",
  'roster.id_number_names_differ': 'The same ID number has different names in rows {rows}',
  'roster.phone_invalid': 'Must be an 11-digit mobile or a landline with its area code',
  'roster.missing_columns': 'The sheet lacks required columns: {columns} (use the roster template)',
  'roster.empty': 'The sheet holds no owners',
  'roster.too_many_rows': 'At most {max} rows can be imported at once; split the file',
  'roster.not_xlsx': 'Upload an Excel .xlsx file',
  'roster.old_xls': 'This is an old .xls file; save it as .xlsx in Excel and upload again',
  'roster.unpacked_too_large':
    'The spreadsheet unpacks to more than {mb} MB and cannot be read: keep only the owner roster sheet (remove other sheets and pictures) and upload again',
  'roster.too_complex':
    'The spreadsheet is too large or complex to read: keep only the owner roster sheet and upload again',
  'roster.already_committed': 'This roster has already been imported',
  'roster.already_discarded': 'This roster preview was discarded; upload the file again',
  'roster.has_problems':
    '{count} rows still have problems: fix the file and upload it again, or choose to skip the rows with problems',
  'roster.nothing_to_import': 'No row can be imported',
  'roster.changed_since_preview':
    'The roster or the archives changed after the preview (rows {rows}); upload the roster again',
};

/** Registered through the manifest; keys are unique across the platform and the modules. */
export const messages = { zh, en };

// The words of the emergency contact list (CUS-3), shared by the print page and the Excel
// sheet. Read through emergency-labels.ts.
const emergencyListZh = {
  title: '紧急联系人名单',
  sheet: '紧急联系人',
  print: '打印',
  printedAt: '打印时间',
  printedBy: '打印人',
  reason: '用途',
  count: '共 {count} 条',
  note: '内部资料：仅供夜间及突发事件应急联系使用，不得外传、不得复印；每次打印或导出均有记录。',
  empty: '没有登记联系人的单元',
  columns: ['楼栋', '房号', '姓名/名称', '身份', '手机', '紧急联系电话'],
  relation: { owner: '业主', tenant: '租户', occupant: '同住人', staff: '员工' } as Record<string, string>,
};

const emergencyListEn: typeof emergencyListZh = {
  title: 'Emergency Contact List',
  sheet: 'Emergency contacts',
  print: 'Print',
  printedAt: 'Printed',
  printedBy: 'Printed by',
  reason: 'Purpose',
  count: '{count} entries',
  note: 'Internal: for night-time and emergency contact only; not to be passed on or copied. Every print and export is logged.',
  empty: 'No unit has a registered contact',
  columns: ['Building', 'Unit', 'Name', 'Relation', 'Mobile', 'Emergency phone'],
  relation: { owner: 'Owner', tenant: 'Tenant', occupant: 'Occupant', staff: 'Staff' },
};

export const emergencyList = { zh: emergencyListZh, en: emergencyListEn };
