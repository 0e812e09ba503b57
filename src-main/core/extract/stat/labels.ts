// Row labels of the pre-2019 statistics table (国办发〔2014〕32号 national table and local variants such as
// Fujian's 指标名称 | 计量单位 | 本年度 | 历年累计) → stat.* keys. Labels are written as the normalised text
// has them (half-width punctuation), without numbering, parenthetical notes or spaces.

export interface StatLabel {
  label: string;
  /** the key; null for a row we recognise but that maps to no key (so its figure is not taken by another row) */
  key: string | null;
  /** rows whose meaning depends on the block they sit in: block total key → key */
  inBlock?: Record<string, string>;
}

const REVIEW = 'stat.review.total';
const SUIT = 'stat.suit.total';

export const STAT_LABELS: StatLabel[] = [
  { label: '主动公开政府信息数', key: 'stat.proactive' },
  { label: '主动公开文件数', key: 'stat.proactive' },
  // older local tables (2008–2013)
  { label: '主动公开信息数', key: 'stat.proactive' },
  { label: '全文电子化率', key: null },
  { label: '主动公开规范性文件数', key: 'stat.proactive_normative' },
  { label: '制发规范性文件总数', key: 'stat.normative_issued' },
  { label: '政府公报公开政府信息数', key: 'stat.channel.gazette' },
  { label: '政府公报公开数', key: 'stat.channel.gazette' },
  { label: '政府网站公开政府信息数', key: 'stat.channel.website' },
  { label: '政府网站公开数', key: 'stat.channel.website' },
  { label: '政务微博公开政府信息数', key: 'stat.channel.weibo' },
  { label: '政务微信公开政府信息数', key: 'stat.channel.wechat' },
  { label: '其他方式公开政府信息数', key: 'stat.channel.other' },
  { label: '回应公众关注热点或重大舆情数', key: 'stat.response.hotspots' },
  { label: '参加或举办新闻发布会总次数', key: 'stat.response.press_conf' },
  { label: '主要负责同志参加新闻发布会次数', key: 'stat.response.press_conf_leader' },
  { label: '政府网站在线访谈次数', key: 'stat.response.interviews' },
  { label: '主要负责同志参加政府网站在线访谈次数', key: 'stat.response.interviews_leader' },
  { label: '政策解读稿件发布数', key: 'stat.response.interpretations' },
  { label: '微博微信回应事件数', key: 'stat.response.weibo_wechat' },
  { label: '其他方式回应事件数', key: 'stat.response.other' },
  { label: '收到申请数', key: 'stat.apply.received' },
  { label: '受理依申请公开信息总数', key: 'stat.apply.received' },
  { label: '申请总数', key: 'stat.apply.received' },
  { label: '其他形式申请数', key: null },
  { label: '电子邮件申请数', key: null },
  { label: '当面申请数', key: 'stat.apply.in_person' },
  { label: '传真申请数', key: 'stat.apply.fax' },
  { label: '网络申请数', key: 'stat.apply.online' },
  { label: '网上申请数', key: 'stat.apply.online' },
  { label: '信函申请数', key: 'stat.apply.letter' },
  { label: '信函、传真申请数', key: null },
  { label: '申请办结数', key: 'stat.apply.completed' },
  { label: '按时办结数', key: 'stat.apply.on_time' },
  { label: '延期办结数', key: 'stat.apply.extended' },
  { label: '申请答复数', key: 'stat.apply.answered' },
  { label: '对申请的答复总数', key: 'stat.apply.answered' },
  { label: '属于已主动公开范围数', key: 'stat.answer.already_public' },
  { label: '同意公开答复数', key: 'stat.answer.granted' },
  { label: '同意部分公开答复数', key: 'stat.answer.partial' },
  { label: '不同意公开答复数', key: 'stat.answer.refused' },
  { label: '不予公开答复数', key: 'stat.answer.refused' },
  { label: '其他类型答复数', key: null },
  { label: '涉及国家秘密', key: 'stat.refused.state_secret' },
  { label: '涉及商业秘密', key: 'stat.refused.commercial_secret' },
  { label: '涉及个人隐私', key: 'stat.refused.privacy' },
  { label: '危及国家安全、公共安全、经济安全和社会稳定', key: 'stat.refused.safety' },
  { label: '不是《条例》所指政府信息', key: 'stat.refused.not_gov_info' },
  { label: '法律法规规定的其他情形', key: 'stat.refused.other' },
  { label: '不属于本行政机关公开数', key: 'stat.answer.not_this_agency' },
  { label: '申请信息不存在数', key: 'stat.answer.not_exist' },
  { label: '告知作出更改补充数', key: 'stat.answer.amend' },
  { label: '告知通过其他途径办理数', key: 'stat.answer.other_channel' },
  { label: '行政复议数量', key: REVIEW },
  { label: '行政复议数', key: REVIEW },
  { label: '行政诉讼数量', key: SUIT },
  { label: '行政诉讼数', key: SUIT },
  { label: '接受行政诉讼、举报数', key: null },
  { label: '维持具体行政行为数', key: null, inBlock: { [REVIEW]: 'stat.review.upheld', [SUIT]: 'stat.suit.upheld' } },
  { label: '维持具体行政行为或者驳回原告诉讼请求数', key: 'stat.suit.upheld' },
  { label: '被依法纠错数', key: null, inBlock: { [REVIEW]: 'stat.review.corrected', [SUIT]: 'stat.suit.corrected' } },
  { label: '其他情形数', key: null, inBlock: { [REVIEW]: 'stat.review.other', [SUIT]: 'stat.suit.other' } },
  { label: '举报投诉数量', key: 'stat.complaints' },
  { label: '申诉数', key: null },
  { label: '依申请公开信息收取的费用', key: 'stat.fees' },
  { label: '政府信息公开收费减免金额', key: null },
  { label: '政府信息公开工作专门机构数', key: 'stat.org.units' },
  { label: '设置政府信息公开查阅点数', key: 'stat.org.reading_points' },
  { label: '从事政府信息公开工作人员数', key: 'stat.org.staff' },
  { label: '专职人员数', key: 'stat.org.staff_full' },
  { label: '兼职人员数', key: 'stat.org.staff_part' },
  { label: '政府信息公开专项经费', key: 'stat.org.budget' },
  { label: '召开政府信息公开工作会议或专题会议数', key: 'stat.training.meetings' },
  { label: '举办各类培训班数', key: 'stat.training.classes' },
  { label: '接受培训人员数', key: 'stat.training.trainees' },
];

/** Units a statistics row may carry next to its figure. */
export const STAT_UNITS = ['人次', '万元', '条', '件', '次', '篇', '个', '人', '元', '项', '宗', '起'];

/** Words that open the statistics table (its title or its header row). */
export const STAT_TABLE_START = /统\s*计\s*指\s*标|指\s*标\s*名\s*称/;
/** Words that close it (the signature block under the table). */
export const STAT_TABLE_END = /单位负责人|填\s*报\s*人|审\s*核\s*人|填报日期/;

/**
 * Sum rules between rows that hold in each column of the local two-column tables (本年度, 历年累计); used
 * only to choose between the splits of a run of digits that lost its separator.
 */
export const STAT_SUMS: { total: string; parts: string[] }[] = [
  { total: 'stat.proactive', parts: ['stat.channel.website', 'stat.channel.gazette'] },
];
