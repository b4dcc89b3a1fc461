/**
 * 共用的界面文字（简体中文，默认语言）：应用名、日期格式、通用按钮、框架、错误、签字，以及
 * 共用组件读取的取值。Each feature's own texts live in features/<x>/messages.zh.ts and
 * are merged with these at start (app/messages.ts); en.ts is typed from this file.
 */

export const sharedZh = {
  app: {
    name: '物业客服中心',
    tagline: 'PropDesk',
  },
  format: {
    date: 'YYYY-MM-DD',
    dateTime: 'YYYY-MM-DD HH:mm',
    monthDay: 'M月D日',
    yearMonth: 'YYYY年M月',
  },
  common: {
    save: '保存',
    saved: '已保存',
    cancel: '取消',
    create: '创建',
    add: '添加',
    edit: '编辑',
    delete: '删除',
    actions: '操作',
    all: '全部',
    required: '必填',
    retry: '重试',
    home: '返回首页',
    m2: 'm²',
    archivedPhone: '留空则用档案号码 {{phone}}',
  },
  shell: {
    project: '当前项目',
    chooseProject: '选择项目',
    changePassword: '修改密码',
    logout: '退出登录',
    collapseMenu: '收起菜单',
    expandMenu: '展开菜单',
    noProjectTitle: '您还没有被分配到任何项目',
    noProjectHint: '请联系项目经理或系统管理员为您分配项目和角色。',
    notInProjectTitle: '您不在该项目中',
    notInProjectHint: '该链接属于您没有权限访问的项目。',
  },
  errors: {
    network: '无法连接服务器，请检查网络后重试',
    unexpected: '操作失败，请稍后再试',
    loadFailed: '数据加载失败',
    versionConflictTitle: '记录已被他人修改',
    versionConflict: '在您编辑期间，其他人修改了这条记录。请重新加载最新内容后再保存。',
    reload: '重新加载',
    noPermission: '您没有访问此页面的权限',
    pageNotFound: '页面不存在',
    crashed: '页面出错了',
    newVersion: '系统已更新，请刷新页面',
  },
  signature: {
    signHere: '请在框内签字',
    clear: '重写',
    onScreen: '屏幕签字',
    onPaper: '纸质签字（上传扫描件）',
    upload: '上传签字页扫描件',
    uploaded: '已上传：{{name}}',
    signer: '签字人',
  },
  enums: {
    customerKind: { person: '个人', company: '单位' },
    unitRelation: { owner: '业主', tenant: '租户', occupant: '住户', staff: '员工' },
  },
};
