/**
 * Made-up but plausible people and companies for the demo month, from a seeded generator:
 * Chinese names, mobile numbers that are unique within the demo, company names, plates.
 */
import type { Random } from './random.ts';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤';
const GIVEN = [
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
  '霞',
  '平',
  '刚',
  '桂英',
  '建华',
  '文',
  '华',
  '志强',
  '海燕',
  '晓东',
  '雪梅',
  '子涵',
  '宇轩',
  '欣怡',
  '浩然',
  '梓萱',
  '俊杰',
  '思远',
  '佳怡',
  '一鸣',
  '婉清',
  '嘉豪',
];
const FIRM_HEAD = [
  '华信',
  '中融',
  '博远',
  '鼎盛',
  '汇通',
  '启明',
  '智联',
  '天成',
  '瑞达',
  '恒信',
  '嘉禾',
  '凯睿',
  '正和',
  '卓越',
  '万象',
  '星河',
  '云帆',
  '北辰',
  '金桥',
  '润泽',
  '海川',
  '盛世',
  '同创',
  '优品',
];
const FIRM_TAIL = [
  '科技有限公司',
  '咨询有限公司',
  '律师事务所',
  '会计师事务所',
  '投资管理有限公司',
  '网络科技有限公司',
  '文化传媒有限公司',
  '建筑设计有限公司',
  '医药科技有限公司',
  '资产管理有限公司',
  '贸易有限公司',
  '教育科技有限公司',
];
const PROVINCE_PLATES = ['京A', '京B', '京C', '京E', '京F', '京H', '京J', '京K', '京N', '京P', '京Q'];
const CAR_MODELS = [
  '大众帕萨特',
  '丰田凯美瑞',
  '本田雅阁',
  '奥迪A6L',
  '宝马5系',
  '别克君威',
  '比亚迪汉',
  '特斯拉Model 3',
  '日产天籁',
  '理想L7',
];

export class People {
  private readonly r: Random;
  private phoneSeq = 0;
  private plateSeq = 0;
  private firms = new Set<string>();
  constructor(r: Random) {
    this.r = r;
  }

  name(): string {
    return this.r.pick([...SURNAMES]) + this.r.pick(GIVEN);
  }

  /** A mobile number no other demo customer has (the sequence keeps them apart). */
  mobile(): string {
    this.phoneSeq += 1;
    return `${this.r.pick(['135', '136', '137', '138', '139', '150', '158', '186', '188'])}${String(20000000 + this.phoneSeq * 7919).slice(-8)}`;
  }

  firm(): string {
    for (;;) {
      const f = this.r.pick(FIRM_HEAD) + this.r.pick(FIRM_TAIL);
      if (!this.firms.has(f)) {
        this.firms.add(f);
        return f;
      }
      if (this.firms.size > FIRM_HEAD.length * FIRM_TAIL.length - 10) return `${f}${this.firms.size}`;
    }
  }

  plate(): string {
    this.plateSeq += 1;
    const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    return `${this.r.pick(PROVINCE_PLATES)}${letters[this.plateSeq % letters.length]}${String(1000 + ((this.plateSeq * 3571) % 9000))}`;
  }

  carModel(): string {
    return this.r.pick(CAR_MODELS);
  }
}
