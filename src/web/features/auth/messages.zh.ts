/** 登录与修改密码的界面文字。 */

export const authMessagesZh = {
  auth: {
    login: '登录',
    loginButton: '登录',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    demoHint: '演示账号见启动日志',
    retryAt: '可于 {{time}} 再次登录',
    retryIn: '{{seconds}} 秒后可再试',
    demoLogins: '演示账号（点击填入，密码均为 {{password}}）',
    demoLoginFill: '填入此账号',
    companyAdmin: '公司管理员',
    changePassword: '修改密码',
    mustChangePassword: '首次登录或密码被重置后，请先设置您自己的密码。',
    currentPassword: '原密码',
    initialPassword: '初始密码',
    newPassword: '新密码',
    confirmPassword: '确认新密码',
    passwordRule: '至少 8 位，且同时包含字母和数字',
    passwordMismatch: '两次输入的密码不一致',
    savePassword: '保存新密码',
    passwordChanged: '密码已修改',
  },
};
