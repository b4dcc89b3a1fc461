/**
 * Service language (PHR-1, TKT-7), from the client's manual 电话应对 / 服务忌语: the standard
 * phrases the front desk reads from, in Chinese and English, and the taboo phrases flagged in
 * replies with the polite alternative.
 */
export interface Phrase {
  key: string;
  zh: string;
  en: string;
}

export const STANDARD_PHRASES: Record<string, Phrase[]> = {
  greeting: [
    {
      key: 'greet.desk',
      zh: '您好，{project}客户服务中心，请问有什么可以帮您？',
      en: 'Good day, {project} Customer Service Center. How may I help you?',
    },
    { key: 'greet.visit', zh: '您好，欢迎光临，请问有什么可以帮您？', en: 'Welcome. How may I help you?' },
  ],
  hold: [
    {
      key: 'hold.please',
      zh: '×先生/女士，请您稍等，我马上为您查询。',
      en: 'Could you hold on a moment, please? I will check for you right away.',
    },
    {
      key: 'hold.sorry',
      zh: '真对不起，让您久等了，×先生/女士，我再为您转接。',
      en: 'I am sorry to have kept you waiting. Let me put you through again.',
    },
  ],
  take_message: [
    {
      key: 'message.offer',
      zh: '当事人可能暂时无法接听您的电话，请您留言，我一定帮您转达。',
      en: 'He/She may not be able to take your call right now. May I take a message? I will make sure it is passed on.',
    },
    {
      key: 'message.name',
      zh: '如果您方便留下全名和联系电话，他回来后可以马上给您回电。',
      en: 'If you leave your full name and number, he/she can call you back as soon as possible.',
    },
    {
      key: 'message.readback',
      zh: '我跟您核对一下：您的姓名是……，电话是……，留言内容是……，对吗？',
      en: 'Let me read that back to you: your name is …, your number is …, and the message is … Is that correct?',
    },
  ],
  absent_colleague: [
    {
      key: 'absent.out',
      zh: '很抱歉，他/她刚刚出去办点事，很快就回来。',
      en: 'I am sorry, he/she has just stepped out and will be back shortly.',
    },
    {
      key: 'absent.meeting',
      zh: '很抱歉，他/她正在接待另一位客人，稍后给您回电可以吗？',
      en: 'I am sorry, he/she is with another guest at the moment. May he/she call you back?',
    },
  ],
  closing: [
    {
      key: 'close.thanks',
      zh: '谢谢您的来电，×先生/女士，我一定为您转达。',
      en: 'Thank you for calling. I will make sure your message is passed on.',
    },
    {
      key: 'close.followup',
      zh: '谢谢您的来电，处理结果我们会及时回复您。',
      en: 'Thank you for calling. We will let you know the result as soon as possible.',
    },
  ],
  opinion: [
    {
      key: 'opinion.thanks',
      zh: '非常感谢您对我们的关心和支持，我们会尽快完善，谢谢。',
      en: 'Thank you very much for your concern and support. We will improve as soon as we can.',
    },
    {
      key: 'opinion.scope',
      zh: '对不起，为使您的问题能顺利解决，我来帮您联系负责的同事。',
      en: 'So that your matter is resolved properly, let me contact the colleague in charge for you.',
    },
  ],
};

export interface Taboo {
  /** What must not be said. */
  pattern: RegExp;
  phrase: string;
  alternativeZh: string;
  alternativeEn: string;
}

/** 服务忌语 from the manual, with what to say instead. */
export const TABOO_PHRASES: Taboo[] = [
  {
    pattern: /[他她]\s*不\s*在/,
    phrase: '他不在',
    alternativeZh: '很抱歉，他/她刚刚出去办点事，很快就回来。',
    alternativeEn: 'I am sorry, he/she has just stepped out and will be back shortly.',
  },
  {
    pattern: /不\s*知\s*道\s*去\s*(了\s*)?哪/,
    phrase: '不知道去哪了',
    alternativeZh: '他/她出去办事了，我请他/她回来后尽快给您回电。',
    alternativeEn: 'He/She is out on business; I will ask him/her to call you back as soon as possible.',
  },
  {
    pattern: /(仍|还)\s*(未|没)\s*(上\s*班|有?\s*来)/,
    phrase: '仍未上班',
    alternativeZh: '他/她暂时不在座位上，请您留言，我一定转达。',
    alternativeEn: 'He/She is not at the desk right now. May I take a message?',
  },
  {
    pattern: /上\s*午\s*都\s*(未|没)\s*见\s*过/,
    phrase: '上午都未见过他',
    alternativeZh: '他/她暂时不在座位上，请您留言，我一定转达。',
    alternativeEn: 'He/She is not at the desk right now. May I take a message?',
  },
  {
    pattern: /不\s*归\s*我\s*(们\s*)?管|不\s*是\s*我\s*(们\s*)?(的\s*事|负\s*责)/,
    phrase: '不归我管',
    alternativeZh: '我来帮您联系负责的同事，并跟进到您得到答复为止。',
    alternativeEn: 'Let me contact the colleague in charge and follow it up until you have an answer.',
  },
  {
    pattern: /^\s*请?\s*稍\s*等\s*[。.!！]?\s*$/,
    phrase: '稍等',
    alternativeZh: '×先生/女士，请您稍等，我马上为您查询。',
    alternativeEn: 'Could you hold on a moment, please? I will check for you right away.',
  },
];

export interface TabooHit {
  phrase: string;
  alternativeZh: string;
  alternativeEn: string;
}

/**
 * Flags taboo phrases in a reply (PHR-1) so the clerk can rephrase before it reaches the customer.
 * @example flagTaboo('他不在，你晚点再打') // [{ phrase: '他不在', alternativeZh: '很抱歉，他/她刚刚出去办点事…', … }]
 */
export function flagTaboo(text: string): TabooHit[] {
  return TABOO_PHRASES.filter((t) => t.pattern.test(text)).map(
    ({ phrase, alternativeZh, alternativeEn }) => ({ phrase, alternativeZh, alternativeEn }),
  );
}
