/**
 * What generated tickets say: callers' names and companies, places, and descriptions per
 * kind, in the words a front desk of an office campus writes down. The queue's text search
 * is measured with SEARCH_WORD, which appears in a known share of the repair descriptions.
 */
import type { TicketKind } from '../../src/server/modules/tickets/states.ts';

/** 漏水 (leak): in 2 of the 10 repair descriptions, so in about 10 % of all tickets. */
export const SEARCH_WORD = '漏水';

export const DESCRIPTIONS: Record<TicketKind, readonly string[]> = {
  repair: [
    '卫生间水管漏水，地面有积水',
    '空调不制冷，室内温度过高',
    '办公室灯管不亮，需要更换',
    '门禁卡刷不开办公室门',
    '茶水间下水道堵塞',
    '窗户关不严，漏风',
    '会议室插座没电',
    '天花板漏水，疑似楼上管道问题',
    '电梯按钮失灵',
    '会议室投影幕布卡住，无法收放',
  ],
  complaint: [
    '楼上装修噪音太大，影响正常办公',
    '公共区域垃圾未及时清理',
    '保安态度生硬，访客登记时言语不当',
    '空调温度一直调不下来，多次报修未解决',
    '停车场收费金额有误',
    '高峰时段电梯等候时间过长',
    '公共卫生间有异味',
  ],
  request: [
    '希望增加周末空调供应时间',
    '申请在公司门口加装门禁读卡器',
    '建议大堂增设访客休息座椅',
    '申请周六使用货梯搬运办公家具',
    '希望延长地下停车场开放时间',
  ],
  inquiry: [
    '咨询物业费缴纳方式和发票开具',
    '询问停车月卡办理流程',
    '咨询办公室装修申请需要哪些材料',
    '询问快递代收点位置和时间',
    '咨询空调加时使用的收费标准',
  ],
  message: [
    '感谢工程部师傅及时上门维修',
    '请转告物业经理回电',
    '表扬保洁人员工作认真负责',
    '访客预约：明天上午十点到访',
  ],
};

export const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
] as const;
export const GIVEN_NAMES = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀英',
  '华',
  '建国',
  '晓梅',
  '宏',
  '悦',
  '凯',
] as const;

/** Tenants of the campus; '' is a caller without a company (a visitor, a hotel guest). */
export const COMPANIES = [
  '华信证券北京分公司',
  '远景律师事务所',
  '瑞丰投资管理有限公司',
  '蓝海科技有限公司',
  '恒通保险经纪',
  '中和会计师事务所',
  '博雅咨询有限公司',
  '星辰传媒',
  '国泰物流',
  '',
] as const;

/** Places that are not a unit, for tickets about common areas. */
export const PUBLIC_AREAS = [
  '1号楼大堂',
  '2号楼大堂',
  '1号楼电梯厅',
  '地下停车场B1',
  '地面停车场',
  '3号楼酒店大堂',
  '4号楼剧院门厅',
  '中心广场',
] as const;

/** Paid repairs (REP-3), in fen: the demo price list's amounts. */
export const PRICES_FEN = [2000, 8000, 3000, 5000, 12000] as const;
