/** What customers call about, and what the departments write back, for the demo month's tickets. */
export const REPAIRS = [
  { text: '办公室灯管不亮，闪烁', done: '更换灯管两支', price: '更换灯管/灯泡' },
  { text: '卫生间下水道堵塞，有异味', done: '疏通下水道，清理存水弯', price: '疏通下水道' },
  { text: '茶水间水龙头漏水', done: '更换水龙头阀芯', price: '更换水龙头（不含材料）' },
  { text: '会议室门锁坏了，无法反锁', done: '更换门锁锁芯', price: '更换门锁（不含材料）' },
  { text: '空调出风有异味，制冷效果差', done: '清洗空调滤网和蒸发器', price: '空调清洗' },
  { text: '办公室插座没电', done: '复位漏电开关，更换损坏插座', price: null },
  { text: '吊顶渗水，天花板有水渍', done: '楼上管道接口重新密封，更换吊顶板', price: null },
  { text: '门禁刷卡无反应', done: '重新写卡并更换读卡器电源', price: null },
  { text: '窗户关不严，有风噪', done: '调整窗扇合页，更换密封条', price: null },
  { text: '地毯起拱，容易绊倒', done: '重新张紧固定地毯', price: null },
];

export const COMPLAINTS = [
  { text: '电梯早高峰等候时间过长', type: 'equipment', dept: 'engineering', done: '调整电梯群控高峰模式' },
  {
    text: '保安对来访客人态度生硬',
    type: 'attitude',
    dept: 'security',
    done: '已对当班保安批评教育并组织礼仪培训',
  },
  { text: '卫生间保洁不及时，纸巾缺少', type: 'quality', dept: 'cleaning', done: '增加巡检频次，补充纸巾' },
  { text: '空调温度过高，办公区闷热', type: 'energy', dept: 'engineering', done: '调整冷机出水温度和风量' },
  {
    text: '地下车库积水，车辆无法通行',
    type: 'emergency',
    dept: 'engineering',
    done: '抽排积水并疏通排水沟',
  },
  { text: '楼道堆放杂物，影响通行', type: 'other', dept: 'cleaning', done: '清理杂物并通知相关单位' },
  { text: '夜间施工噪音扰民', type: 'other', dept: 'security', done: '责令施工单位按规定时间作业' },
] as const;

export const REQUESTS = [
  '建议增加自行车停放点',
  '希望延长周末空调供应时间',
  '申请在大堂摆放企业宣传展架',
  '建议地下车库增加充电桩',
  '希望增设快递暂存柜',
  '申请周六加班开放门禁',
  '建议电梯厅增加座椅',
];

export const INQUIRIES = [
  { text: '咨询本月物业费缴费截止日期', answer: '每月10日前缴纳，可在前台或转账缴费' },
  { text: '咨询访客停车收费标准', answer: '首2小时2元，之后每小时1元，每日最高6元' },
  { text: '咨询装修申请需要哪些材料', answer: '装修方案、施工单位资质和押金，详见装修管理规定' },
  { text: '咨询大堂失物招领', answer: '已在前台登记的失物可凭证件领取' },
  { text: '咨询节假日空调开放时间', answer: '节假日需提前一天申请加班空调' },
];

export const MESSAGES = [
  '请转告财务部回电',
  '快递已放前台，请尽快领取',
  '明日上午有供应商来访，请提前登记',
  '请通知保洁周五下午清洗地毯',
];

export const PUBLIC_AREAS = ['大堂', '地下车库', '3号电梯厅', '东侧卫生间', '地面停车场', '消防通道'];
