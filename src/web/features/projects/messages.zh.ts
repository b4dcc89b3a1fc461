/** 项目设置、工作日历与公司项目的界面文字。 */

export const projectsMessagesZh = {
  nav: {
    settings: '项目设置',
    projects: '公司项目',
  },
  settings: {
    basics: '基本信息',
    workingHours: '前台工作时间',
    workingHoursHelp: '按时间先后填写，时段不能重叠；用于按工作时间计算的期限',
    addPeriod: '添加时段',
    greetingZh: '接听问候语（中文）',
    greetingEn: '接听问候语（英文）',
    readOnly: '您可以查看设置；修改须由项目经理或客服经理进行。',
  },
  calendar: {
    title: '工作日历',
    import: '导入 / 编辑',
    importTitle: '导入 {{year}} 年节假日与调休',
    importHelp:
      '每行一个日期或日期范围，后接类型（holiday 或 休 表示放假，workday 或 班 表示调休上班）和名称，例如：',
    importOk: '导入并替换',
    imported: '{{year}} 年日历已保存，共 {{count}} 天',
    importRefused: '有 {{count}} 行无法识别，未做任何修改：',
    replaceWarning: '导入会替换 {{year}} 年已有的全部节假日和调休。',
    empty: '{{year}} 年还没有导入节假日',
    dates: '日期',
    kind: '类型',
    name: '名称',
    days: '天数',
    holiday: '放假',
    workday: '补班',
    holidayMark: '休',
    workdayMark: '班',
    prevMonth: '上个月',
    nextMonth: '下个月',
  },
  projects: {
    count: '共 {{count}} 个项目',
    new: '新建项目',
    created: '项目 {{name}} 已创建',
    code: '项目编号',
    codeRule: '字母、数字、_ 或 -，如 CAMPUS',
    name: '项目名称',
    kind: '项目类型',
    timeZone: '时区',
    open: '进入项目',
  },
  enums: {
    projectKind: {
      office: '写字楼',
      residential: '住宅小区',
      apartment: '公寓',
      mixed: '综合体',
    },
  },
};
