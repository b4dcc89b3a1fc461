/**
 * The platform's own server messages in both languages: HTTP errors, sign-in, field
 * validation, documents and signatures, and the separation-of-duties refusals of
 * platform/access. Each module registers its own keys (its messages.ts, through its
 * manifest). The web UI has its own catalogue for screen text; the API returns the code and
 * the translated message. `en: typeof zh` makes a key missing from one language a type error.
 */
import { registerMessages } from './catalogue.ts';

const zh = {
  'error.BAD_REQUEST': '请求格式不正确',
  'error.VALIDATION': '提交的内容有误，请检查标出的字段',
  'error.UNAUTHENTICATED': '请先登录',
  'error.FORBIDDEN': '您没有执行此操作的权限',
  'error.CSRF': '页面已过期，请刷新后重试',
  'error.NOT_FOUND': '找不到{what}',
  'error.CONFLICT': '操作与当前状态冲突',
  'error.VERSION_CONFLICT': '该记录已被他人修改，请刷新后再保存',
  'error.ILLEGAL_TRANSITION': '当前状态不允许此操作',
  'error.DUPLICATE': '{what}已存在',
  'error.PAYLOAD_TOO_LARGE': '提交的内容过大',
  'error.UNPROCESSABLE': '无法处理该请求',
  'error.RATE_LIMITED': '尝试次数过多，请稍后再试',
  'error.INTERNAL': '系统内部错误，请稍后再试（编号 {requestId}）',
  'error.PASSWORD_CHANGE_REQUIRED': '请先修改密码：首次登录或密码被重置后，须设置您自己的密码才能继续使用',
  'auth.bad_credentials': '用户名或密码错误',
  'auth.retry_in_seconds': '登录失败次数过多，请 {seconds} 秒后再试',
  'request.idempotency_key_reused':
    '这个提交标识（Idempotency-Key）已用于另一份内容不同的提交，本次未登记任何内容。请先核对已登记的记录；确需另行登记，请重新打开表单再提交',
  'auth.retry_in_minutes': '登录失败次数过多，请 {minutes} 分钟后再试',
  'auth.account_disabled': '该账号已停用',
  'auth.wrong_password': '原密码不正确',
  'auth.password_too_weak': '新密码至少 8 位，且须同时包含字母和数字',
  // separation of duties (ORG-2), refused by platform/access
  'staff.own_account':
    '不能修改自己的角色、账号状态或在此重置自己的密码，请由上级处理（修改密码请用“修改密码”）',
  'staff.rank_target': '{name} 的角色与您同级或高于您，只能由其上级管理',
  'staff.rank_grant': '不能授予“{role}”：该角色与您同级或高于您',
  'approval.own_request': '不能审批自己提出或涉及自己的事项，请由另一位有权审批的人决定',
  'approval.issued_credentials':
    '你们之间一方为另一方开立了账号或重置过密码，不能互相审批，请由另一位有权审批的人决定',
  'field.required': '必填',
  'field.unknown': '不允许的字段',
  'field.type': '应为{expected}',
  'field.too_small': '不能小于 {min}',
  'field.too_big': '不能大于 {max}',
  'field.too_short': '至少 {min} 个字符',
  'field.too_long': '最多 {max} 个字符',
  'field.format': '格式不正确',
  'field.enum': '取值应为：{options}',
  'field.invalid': '无效',
  'field.control_char': '不能包含控制字符（如空字符）',
  'field.line_break': '只能填一行，不能包含换行或制表符',
  'field.bidi_control': '不能包含改变文字方向的控制字符',
  'field.broken_char': '包含无效字符（编码已损坏）',
  'field.date_too_early': '不能早于 {min}',
  'field.date_too_late': '不能晚于 {max}',
  'field.day_future': '不能晚于今天',
  'field.time_future': '不能晚于现在',
  'field.time_past': '不能早于现在',
  'what.project': '项目',
  'what.code': '编号',
  'what.page': '页面',
  'document.type': '只能上传 JPG、PNG、WebP 图片或 PDF 扫描件',
  'document.missing': '找不到上传的扫描件，请重新上传',
  'document.filed_elsewhere': '该扫描件已归入其他档案，请重新上传',
  'signature.image_required': '请在签字板上签字',
  'signature.scan_required': '请上传纸质签字页的扫描件',
  'what.document': '文件',
};

const en: typeof zh = {
  'error.BAD_REQUEST': 'The request is malformed',
  'error.VALIDATION': 'Some fields are not right; please check the marked ones',
  'error.UNAUTHENTICATED': 'Please log in first',
  'error.FORBIDDEN': 'You do not have permission to do this',
  'error.CSRF': 'The page has expired; please reload and try again',
  'error.NOT_FOUND': '{what} not found',
  'error.CONFLICT': 'This conflicts with the current state',
  'error.VERSION_CONFLICT': 'Someone else changed this record; reload before saving',
  'error.ILLEGAL_TRANSITION': 'This action is not allowed in the current state',
  'error.DUPLICATE': '{what} already exists',
  'error.PAYLOAD_TOO_LARGE': 'The request is too large',
  'error.UNPROCESSABLE': 'The request cannot be processed',
  'error.RATE_LIMITED': 'Too many attempts; please try again later',
  'error.INTERNAL': 'Internal error; please try again later (reference {requestId})',
  'error.PASSWORD_CHANGE_REQUIRED':
    'Please change your password first: after a first login or a reset you must choose your own password before going on',
  'auth.bad_credentials': 'Wrong username or password',
  'auth.retry_in_seconds': 'Too many failed logins; try again in {seconds} seconds',
  'request.idempotency_key_reused':
    'This Idempotency-Key was already used for a submission with different content, so nothing was recorded this time. Check the record already made; to record something else, reopen the form and submit again',
  'auth.retry_in_minutes': 'Too many failed logins; try again in {minutes} minutes',
  'auth.account_disabled': 'This account is disabled',
  'auth.wrong_password': 'The current password is wrong',
  'auth.password_too_weak': 'The new password needs at least 8 characters with letters and digits',
  // separation of duties (ORG-2), refused by platform/access
  'staff.own_account':
    'You cannot change your own roles or account state, or reset your own password here; your superior does that (use "Change password" for your password)',
  'staff.rank_target':
    '{name} holds a role at or above yours; only someone above them can manage their account',
  'staff.rank_grant': 'You cannot grant "{role}": that role is at or above your own',
  'approval.own_request':
    'You cannot approve something you asked for or that concerns you; another person with the authority must decide it',
  'approval.issued_credentials':
    "One of you created the other's account or reset its password, so you cannot approve for each other; another person with the authority must decide it",
  'field.required': 'Required',
  'field.unknown': 'Field not allowed',
  'field.type': 'Expected {expected}',
  'field.too_small': 'Must be at least {min}',
  'field.too_big': 'Must be at most {max}',
  'field.too_short': 'At least {min} characters',
  'field.too_long': 'At most {max} characters',
  'field.format': 'Wrong format',
  'field.enum': 'Must be one of: {options}',
  'field.invalid': 'Invalid',
  'field.control_char': 'Must not contain control characters (such as a NUL byte)',
  'field.line_break': 'Must be a single line, without line breaks or tabs',
  'field.bidi_control': 'Must not contain characters that change the text direction',
  'field.broken_char': 'Contains an invalid character (broken encoding)',
  'field.date_too_early': 'Cannot be before {min}',
  'field.date_too_late': 'Cannot be after {max}',
  'field.day_future': 'Cannot be later than today',
  'field.time_future': 'Cannot be in the future',
  'field.time_past': 'Cannot be in the past',
  'what.project': 'Project',
  'what.code': 'Code',
  'what.page': 'Page',
  'document.type': 'Only JPG, PNG or WebP images or PDF scans can be uploaded',
  'document.missing': 'The uploaded scan was not found; upload it again',
  'document.filed_elsewhere': 'That scan is already filed with another record; upload it again',
  'signature.image_required': 'Sign on the signature pad',
  'signature.scan_required': 'Upload the scan of the signed paper page',
  'what.document': 'Document',
};

registerMessages('platform', { zh, en });
