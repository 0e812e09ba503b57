// Sentences of pre-2019 reports that state a statistics-table figure, as data. A template is a regex
// source with two macros: {N} the figure (Arabic or Chinese numerals, 余/多/约 mark it approximate) and
// {~k} up to k characters within one clause (never crossing 。，; and never mentioning another matter:
// OTHER_MATTERS). Rules with `zero` state that there were none
// ("未收到…申请", "尚未收到…申请").
// A phrase must say unambiguously which figure it is; anything looser belongs to no key. Whatever the rule,
// a figure is not the report year's when its sentence says otherwise (CUMULATIVE, EARLIER_YEAR, and a
// sentence dated by another year — narrative.ts).

export interface NarrativeRule {
  keys: string[];
  template: string;
  /** the sentence states "none": every key is 0 */
  zero?: boolean;
  /** regex source: the rule does not apply when the clause before the match says this (a channel, a part) */
  unlessClause?: string;
}

/**
 * Words before a figure, in its sentence, that make it a running total since some date, not the report year's
 * ("截至目前累计…", "历年来", "自…以来"). "累计" alone is not one: "2017年,我区累计主动公开政府信息663条" is
 * the year's total. A "none" sentence stays true ("开展工作以来…未收取…费用": none this year either).
 */
export const CUMULATIVE = [
  '(?:截至|截止|截至到)\\s*(?:目前|今|现在|当前|本报告)', '至今', '迄今', '历年', '以来', '累计至',
  // "截至2017年底，累计…": a date and 累计 in one sentence
  '(?:截至|截止)[^。;；]*累计',
].join('|');

/** Words that date a statement to now: "目前没有收到…申请" is none to date, whatever year the sentence began with. */
export const NOW = '目前|至今|迄今|现在|当前';

/** A negation that may cover a list of matters ("未收到…投诉及…行政诉讼"), and the words joining the list. */
export const LIST_NEGATION = '(?:未|没有)(?:发生|出现|产生|收到|接到)?(?:过)?';
export const LIST_JOINERS = '以及|或者|及|和|或|与|、';

/** Words that date a sentence to an earlier year ("去年收到申请8件") or to the report year ("本年度", "全年"). */
export const EARLIER_YEAR = '上年度|上一年度?|去年|前年|上年(?!结转)';
export const THIS_YEAR = '本年度|本年|今年|全年|当年';

/** Parts of the whole: a total stated after them is theirs ("各乡镇主动公开政府信息1638条"). */
const PART_CLAUSE = '各部门|各乡镇|各街道|各单位|各镇|各乡|各科室|各股室|所属|下属|区直|县直|市直';
/** Channels: "网站共发布信息800条" is the website's figure. */
const CHANNEL_CLAUSE = `网站|网页|微博|微信|公众号|公报|报刊|报纸|电视|广播|平台|栏目|专栏|客户端|新媒体|公开栏|${PART_CLAUSE}`;

/**
 * Words of other matters a filler never runs over: other procedures ("收到行政复议申请"), other kinds of
 * applications a body handles ("受理行政审批申请1500件", "信访", "政协提案"), and 审结/办结 ("尚未审结的行政
 * 复议" is not "none").
 */
export const OTHER_MATTERS = [
  '复议', '诉讼', '咨询', '举报', '投诉', '审结', '办结', '结案',
  '审批', '许可', '信访', '建议', '提案', '政务服务', '办件', '登记', '备案', '来信', '来访', '热线', '救助', '补贴',
];

const TOTAL = '(?:共计|共|累计|总计|合计)?';
// 信息, or 资讯 in copies written for Taiwan or Hong Kong readers ("主動公開資訊426條", normalised 资讯)
const INFO = '(?:信息|资讯)';
/** Channels the table counts on their own lines: "通过网站、微信等方式" is not 其他方式. */
const TABLED_CHANNELS = '网站|网页|微博|微信|公众号|公报|客户端|新媒体';
// up to two generic words before 信息 ("政府工作信息")
const INFO_QUALIFIER = '(?:各类|各项|本级|本部门|本机关)?(?:政府|部门|公文类|政务|工作){0,2}';
// generic words listed with 信息 ("政府工作信息、动态755多条"): the list is still all the information
const INFO_ALSO = '(?:[、和及与](?:工作)?(?:动态|文件))?';
const FEW_WORDS_BEFORE_INFO = `(?:的)?(?:数|数量)?${TOTAL}(?:为|有|达)?`;

export const NARRATIVE_RULES: NarrativeRule[] = [
  // 主动公开
  // only generic qualifiers between 主动公开 and 信息: "主动公开财政信息12条" is one category, not the total
  { keys: ['stat.proactive'], template: `主动公开(?:的)?${INFO_QUALIFIER}${INFO}${INFO_ALSO}${FEW_WORDS_BEFORE_INFO}{N}(?:条|件)`, unlessClause: PART_CLAUSE },
  { keys: ['stat.proactive'], template: `共(?:主动)?公开(?:政府)?${INFO}{N}条`, unlessClause: PART_CLAUSE },
  // "全年共发布各类信息四十余条" — but "网站共发布信息…" is one channel's figure
  { keys: ['stat.proactive'], template: `共发布(?:各类)?(?:政府)?${INFO}{N}条`, unlessClause: CHANNEL_CLAUSE },
  // by channel ("通过政府网站公开1200条", "政府网站公开信息数71条", "政府公报刊登文件50件"): only generic words
  // between the channel and the figure
  { keys: ['stat.channel.website'], template: `网站(?:上)?(?:共)?(?:主动)?(?:发布|公开)(?:各类)?(?:政府)?${INFO}?(?:数)?(?:共)?{N}条` },
  { keys: ['stat.channel.weibo'], template: `微博(?:共)?(?:发布|公开)(?:各类)?(?:政府)?${INFO}?(?:数)?(?:共)?{N}条` },
  { keys: ['stat.channel.wechat'], template: `微信(?:公众号)?(?:共)?(?:发布|公开)(?:各类)?(?:政府)?${INFO}?(?:数)?(?:共)?{N}条` },
  // 其他方式: "利用宣传车、公开栏等方式公开各类政府信息453条" — named ways none of which the table counts apart
  {
    keys: ['stat.channel.other'],
    template: `(?:(?:利用|通过|采取|采用)(?:(?!${TABLED_CHANNELS})[^。;；,，\\n]){1,20}?等(?:多种)?|其他)(?:方式|途径|渠道|形式)(?:共)?(?:主动)?(?:发布|公开)(?:各类)?(?:政府)?${INFO}?(?:数)?(?:共)?{N}条`,
  },
  { keys: ['stat.channel.gazette'], template: '公报(?:上)?(?:共)?(?:刊登|刊发|公开|发布)(?:各类)?(?:政府)?(?:信息|文件)?(?:共)?{N}(?:条|件|篇)' },
  // 回应解读
  { keys: ['stat.response.interviews'], template: '在线访谈(?:共)?{N}(?:次|期|场)' },
  // 依申请公开
  { keys: ['stat.apply.received'], template: `(?:收到|接到|接收){~12}申请(?:数|数量)?${TOTAL}(?:为)?{N}件` },
  { keys: ['stat.apply.received'], template: `受理{~12}(?:申请|依申请公开)${TOTAL}{N}件` },
  { keys: ['stat.apply.received'], template: `(?:收到|受理){~6}依申请公开(?:政府${INFO})?(?:的)?(?:申请)?${TOTAL}{N}件` },
  // the figure before the noun: "我局收到12起政府信息依申请公开", "共受理3件政府信息公开申请"
  { keys: ['stat.apply.received'], template: `(?:收到|接到|受理)(?:了)?(?:共)?{N}(?:件|起)(?:政府${INFO})?(?:的)?(?:依申请公开|公开申请)` },
  { keys: ['stat.apply.received'], template: '(?:未|没有)(?:收到|接到|受理)(?:过)?{~24}申请', zero: true },
  { keys: ['stat.apply.received'], template: '(?:未|没有|无)(?:发生|收到)?依申请公开', zero: true },
  // by channel: "其中当面申请3件，网上申请10件，信函申请2件"
  { keys: ['stat.apply.in_person'], template: '(?:当面|现场)(?:提出)?申请(?:数)?(?:的)?(?:为)?{N}件' },
  { keys: ['stat.apply.online'], template: '(?:网上|网络|在线)(?:提出)?申请(?:数)?(?:的)?(?:为)?{N}件' },
  { keys: ['stat.apply.letter'], template: '信函(?:方式)?(?:提出)?申请(?:数)?(?:的)?(?:为)?{N}件' },
  { keys: ['stat.apply.fax'], template: '传真(?:方式)?(?:提出)?申请(?:数)?(?:的)?(?:为)?{N}件' },
  { keys: ['stat.apply.on_time'], template: '按时办结(?:数)?{N}件' },
  { keys: ['stat.apply.extended'], template: '延期办结(?:数)?{N}件' },
  { keys: ['stat.apply.answered'], template: '(?:^|[,，、;；。])\\s*(?:共|已|均)?(?:申请)?答复(?:数)?{N}件' },
  { keys: ['stat.answer.granted'], template: '(?<!不)同意公开(?:答复)?(?:数)?{N}件' },
  { keys: ['stat.answer.partial'], template: '同意部分公开(?:答复)?(?:数)?{N}件' },
  { keys: ['stat.answer.refused'], template: '(?:不同意|不予)公开(?:答复)?(?:数)?(?:的)?{N}件' },
  { keys: ['stat.answer.already_public'], template: '属于已主动公开(?:范围|信息)?(?:的)?(?:数)?{N}件' },
  { keys: ['stat.answer.not_exist'], template: '(?:申请(?:的)?)?信息不存在(?:的)?(?:数)?{N}件' },
  { keys: ['stat.answer.not_exist'], template: '{N}件(?:申请(?:的)?)?信息不存在' },
  { keys: ['stat.answer.not_this_agency'], template: '(?:不属于|非)本(?:行政)?机关(?:公开(?:范围)?|掌握)(?:的)?(?:数)?{N}件' },
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
  { keys: ['stat.fees'], template: '(?:未|没有)(?:[向对]{~16})?收取{~14}费用', zero: true },
  { keys: ['stat.fees'], template: '收(?:取)?(?:费|费用)(?:共)?(?:为)?0(?:\\.0+)?(?:万)?元', zero: true },
  // 机构、人员、培训
  { keys: ['stat.org.staff_full'], template: '{N}名(?:全职|专职)(?:工作)?人员' },
  { keys: ['stat.org.staff_full'], template: '(?:全职|专职)(?:工作)?(?:人员)?{N}(?:人|名)' },
  { keys: ['stat.org.staff_part'], template: '{N}名兼职(?:工作)?人员' },
  { keys: ['stat.org.staff_part'], template: '兼职(?:工作)?(?:人员)?{N}(?:人|名)' },
  { keys: ['stat.org.staff'], template: '{N}名(?:政府)?信息公开(?:工作)?人员' },
  { keys: ['stat.org.staff'], template: '(?:从事)?(?:政府)?信息公开(?:工作)?(?:的)?(?:工作)?人员(?:共)?(?:有)?{N}(?:名|人)' },
  { keys: ['stat.training.meetings'], template: '召开(?:政府信息公开|信息公开|政务公开)(?:工作)?(?:会议|专题会议?|推进会|工作会)(?:共)?{N}(?:次|场)' },
  { keys: ['stat.training.classes'], template: '培训班(?:共)?{N}(?:期|次|个)' },
  // "参训人员150人次": only with the words of training
  { keys: ['stat.training.trainees'], template: '(?:参训|参加培训|接受培训|培训)(?:的)?(?:人员|干部|工作人员)(?:共)?(?:达)?{N}(?:人次|人)' },
  // 举报投诉
  { keys: ['stat.complaints'], template: '(?:未|没有)(?:收到|接到|发生)(?:过)?{~14}(?:举报|投诉)', zero: true },
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
