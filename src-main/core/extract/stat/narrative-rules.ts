// Sentences of pre-2019 reports that state a statistics-table figure, as data. A template is a regex
// source with two macros: {N} the figure (Arabic or Chinese numerals, 余/多/约 mark it approximate) and
// {~k} up to k characters within one clause (never crossing 。，; and never mentioning another
// procedure: 复议, 诉讼, 咨询, 举报, 投诉, nor over 审结/办结). Rules with `zero` state that there were none
// ("未收到…申请", "尚未收到…申请").
// A phrase must say unambiguously which figure it is; anything looser belongs to no key.

export interface NarrativeRule {
  keys: string[];
  template: string;
  /** the sentence states "none": every key is 0 */
  zero?: boolean;
}

const TOTAL = '(?:共计|共|累计|总计|合计)?';
const INFO_QUALIFIER = '(?:各类|各项|本级|本部门|本机关)?(?:政府|部门|公文类|政务|工作)?';
const FEW_WORDS_BEFORE_INFO = `(?:的)?(?:数|数量)?${TOTAL}(?:为|有|达)?`;

export const NARRATIVE_RULES: NarrativeRule[] = [
  // 主动公开
  // only generic qualifiers between 主动公开 and 信息: "主动公开财政信息12条" is one category, not the total
  { keys: ['stat.proactive'], template: `主动公开(?:的)?${INFO_QUALIFIER}信息${FEW_WORDS_BEFORE_INFO}{N}(?:条|件)` },
  { keys: ['stat.proactive'], template: '共(?:主动)?公开(?:政府)?信息{N}条' },
  { keys: ['stat.channel.website'], template: '网站(?:上)?(?:共)?(?:主动)?(?:发布|公开)(?:各类)?(?:政府)?信息(?:共)?{N}条' },
  { keys: ['stat.channel.weibo'], template: '微博(?:共)?(?:发布|公开)(?:各类)?(?:政府)?信息(?:共)?{N}条' },
  { keys: ['stat.channel.wechat'], template: '微信(?:公众号)?(?:共)?(?:发布|公开)(?:各类)?(?:政府)?信息(?:共)?{N}条' },
  // 回应解读
  { keys: ['stat.response.interviews'], template: '在线访谈(?:共)?{N}(?:次|期|场)' },
  // 依申请公开
  { keys: ['stat.apply.received'], template: `收到{~12}申请(?:数|数量)?${TOTAL}(?:为)?{N}件` },
  { keys: ['stat.apply.received'], template: `受理{~12}(?:申请|依申请公开)${TOTAL}{N}件` },
  { keys: ['stat.apply.received'], template: `(?:收到|受理){~6}依申请公开(?:政府信息)?(?:的)?(?:申请)?${TOTAL}{N}件` },
  { keys: ['stat.apply.received'], template: '(?:未|没有)(?:收到|接到|受理)(?:过)?{~24}申请', zero: true },
  { keys: ['stat.apply.received'], template: '(?:未|没有|无)(?:发生|收到)?依申请公开', zero: true },
  { keys: ['stat.apply.on_time'], template: '按时办结(?:数)?{N}件' },
  { keys: ['stat.apply.extended'], template: '延期办结(?:数)?{N}件' },
  { keys: ['stat.apply.answered'], template: '(?:^|[,，、;；。])\\s*(?:共|已|均)?(?:申请)?答复(?:数)?{N}件' },
  { keys: ['stat.answer.granted'], template: '(?<!不)同意公开(?:答复)?(?:数)?{N}件' },
  { keys: ['stat.answer.partial'], template: '同意部分公开(?:答复)?(?:数)?{N}件' },
  { keys: ['stat.answer.refused'], template: '不同意公开(?:答复)?(?:数)?{N}件' },
  { keys: ['stat.answer.not_this_agency'], template: '不属于本(?:行政)?机关公开(?:范围)?(?:数)?{N}件' },
  { keys: ['stat.answer.not_this_agency'], template: '{N}件不属于本(?:行政)?机关公开' },
  { keys: ['stat.answer.other_channel'], template: '告知通过其他途径办理(?:数)?{N}件' },
  { keys: ['stat.refused.not_gov_info'], template: '{N}件(?:申请)?不是《条例》所指(?:的)?政府信息' },
  // 复议、诉讼
  { keys: ['stat.review.total'], template: '{N}(?:起|件){~16}行政复议(?:案件|申请)' },
  { keys: ['stat.review.total'], template: `(?:申请)?行政复议(?:案件|案|申请)?(?:数|数量)?${TOTAL}(?:为)?{N}(?:件|起)` },
  { keys: ['stat.suit.total'], template: `(?:提起)?行政诉讼(?:案件|案)?(?:数|数量)?${TOTAL}(?:为)?{N}(?:件|起)` },
  { keys: ['stat.review.total', 'stat.suit.total'], template: '(?:未|没有|无)(?:发生|出现|产生|收到|接到)?{~16}(?:行政)?复议(?:案件|申请)?(?:以及|或者|和|、|或|与|及)(?:提起)?(?:行政)?诉讼', zero: true },
  { keys: ['stat.review.total'], template: '(?:未|没有|无)(?:发生|出现|产生|收到|接到)?{~16}行政复议', zero: true },
  { keys: ['stat.suit.total'], template: '(?:未|没有|无)(?:发生|出现|产生|收到|接到)?{~16}(?:提起)?行政诉讼', zero: true },
  // 收费
  { keys: ['stat.fees'], template: '(?:未有|没有|未|无|不存在)(?:任何)?{~20}收费', zero: true },
  { keys: ['stat.fees'], template: '(?:未|没有)(?:向{~10})?收取{~14}费用', zero: true },
  { keys: ['stat.fees'], template: '收(?:取)?(?:费|费用)(?:共)?(?:为)?0(?:\\.0+)?(?:万)?元', zero: true },
  // 机构、人员、培训
  { keys: ['stat.org.staff_full'], template: '{N}名(?:全职|专职)(?:工作)?人员' },
  { keys: ['stat.org.staff_full'], template: '(?:全职|专职)(?:工作)?(?:人员)?{N}(?:人|名)' },
  { keys: ['stat.org.staff_part'], template: '{N}名兼职(?:工作)?人员' },
  { keys: ['stat.org.staff_part'], template: '兼职(?:工作)?(?:人员)?{N}(?:人|名)' },
  { keys: ['stat.org.staff'], template: '{N}名政府信息公开(?:工作)?人员' },
  { keys: ['stat.training.classes'], template: '培训班(?:共)?{N}(?:期|次|个)' },
];

/**
 * Sentences that give a figure by reference to the one just stated: "共受理依申请公开2件,均为信函申请" —
 * letters = the requests received. The phrase must follow the referenced figure in the same sentence.
 */
export interface SameAsRule {
  key: string;
  /** the key whose figure this phrase refers to */
  of: string;
  template: string;
}

export const SAME_AS_RULES: SameAsRule[] = [
  { key: 'stat.apply.letter', of: 'stat.apply.received', template: '(?:均|全部)(?:为|是|通过)信函(?:方式)?(?:提出)?(?:的)?申请' },
  { key: 'stat.apply.online', of: 'stat.apply.received', template: '(?:均|全部)(?:为|是|通过)(?:网络|网上)(?:方式)?(?:提出)?(?:的)?申请' },
  { key: 'stat.apply.in_person', of: 'stat.apply.received', template: '(?:均|全部)(?:为|是)当面(?:提出)?(?:的)?申请' },
  { key: 'stat.apply.completed', of: 'stat.apply.received', template: '(?:现已|均已|已|均)全部办结' },
  { key: 'stat.apply.on_time', of: 'stat.apply.received', template: '(?:均|全部|均已|已全部)(?:在规定(?:时限|期限)内)?按时办结' },
];
