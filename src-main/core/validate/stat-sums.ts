// The pre-2019 statistics table (国办发〔2014〕32号): its sums as data, and STAT-UNANSWERED.
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';
import { checkSums, type SumRelation, type Term } from './sum-relation.js';
import { has, numberOf, numbersOf, show } from './values.js';

const t = (key: string, label: string): Term => ({ key, label });

/** each: total key and label, the part keys and labels */
export const STAT_RELATIONS: readonly SumRelation[] = [
  {
    ruleId: 'STAT-CHANNEL-SUM', scope: '统计表"收到申请数"', require: 'all',
    left: [t('stat.apply.received', '收到申请数')],
    right: [t('stat.apply.in_person', '当面'), t('stat.apply.fax', '传真'), t('stat.apply.online', '网络'), t('stat.apply.letter', '信函')],
    rightName: '各渠道 ',
  },
  {
    ruleId: 'STAT-COMPLETED-SUM', scope: '统计表"申请办结数"', require: 'all',
    left: [t('stat.apply.completed', '申请办结数')],
    right: [t('stat.apply.on_time', '按时办结'), t('stat.apply.extended', '延期办结')],
  },
  {
    ruleId: 'STAT-ANSWER-SUM', scope: '统计表"申请答复数"', require: 'all',
    left: [t('stat.apply.answered', '申请答复数')],
    right: [
      t('stat.answer.already_public', '属于已主动公开范围'), t('stat.answer.granted', '同意公开'),
      t('stat.answer.partial', '同意部分公开'), t('stat.answer.refused', '不同意公开'),
      t('stat.answer.not_this_agency', '不属于本机关'), t('stat.answer.not_exist', '信息不存在'),
      t('stat.answer.amend', '告知更改补充'), t('stat.answer.other_channel', '告知其他途径'),
    ],
    rightName: '答复 1–8 项：',
  },
  {
    ruleId: 'STAT-REFUSED-SUM', scope: '统计表"不同意公开答复数"', require: 'all',
    left: [t('stat.answer.refused', '不同意公开答复数')],
    right: [
      t('stat.refused.state_secret', '国家秘密'), t('stat.refused.commercial_secret', '商业秘密'),
      t('stat.refused.privacy', '个人隐私'), t('stat.refused.safety', '危及安全稳定'),
      t('stat.refused.not_gov_info', '不是政府信息'), t('stat.refused.other', '其他情形'),
    ],
    rightName: '其中各项：',
  },
  {
    ruleId: 'STAT-REVIEW-SUM', scope: '统计表"行政复议数量"', require: 'all',
    left: [t('stat.review.total', '行政复议数量')],
    right: [t('stat.review.upheld', '维持'), t('stat.review.corrected', '纠错'), t('stat.review.other', '其他')],
  },
  {
    ruleId: 'STAT-SUIT-SUM', scope: '统计表"行政诉讼数量"', require: 'all',
    left: [t('stat.suit.total', '行政诉讼数量')],
    right: [t('stat.suit.upheld', '维持或驳回'), t('stat.suit.corrected', '纠错'), t('stat.suit.other', '其他')],
  },
  {
    ruleId: 'STAT-STAFF-SUM', scope: '统计表"从事政府信息公开工作人员数"', require: 'all',
    left: [t('stat.org.staff', '工作人员数')],
    right: [t('stat.org.staff_full', '专职'), t('stat.org.staff_part', '兼职')],
  },
];

const RECEIVED = 'stat.apply.received';
const OUTCOMES = ['stat.apply.completed', 'stat.apply.answered'];
const OUTCOME_NAMES: Record<string, string> = { 'stat.apply.completed': '申请办结数', 'stat.apply.answered': '申请答复数' };

/** applications were received but none is recorded as completed or answered */
function checkUnanswered(report: ReportForCheck): Finding[] {
  const f = report.fields;
  const received = numberOf(f, RECEIVED);
  const given = OUTCOMES.filter((k) => has(f, k) && numberOf(f, k) !== undefined);
  if (typeof received !== 'number' || received <= 0 || !given.length) return [];
  if (given.some((k) => (numberOf(f, k) ?? 0) > 0)) return [];
  const keys = [RECEIVED, ...given];
  const names = given.map((k) => `${OUTCOME_NAMES[k]}${numberOf(f, k) === null ? '空白' : '为 0'}`).join('，');
  return [finding('STAT-UNANSWERED', keys, numbersOf(f, keys), `统计表：收到申请数为 ${show(received)}，但${names}，没有任何申请记为办结或答复`)];
}

export function checkStatSums(report: ReportForCheck): Finding[] {
  return [...checkSums(report.fields, STAT_RELATIONS), ...checkUnanswered(report)];
}
