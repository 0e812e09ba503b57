import { describe, expect, it } from 'vitest';
import { checkStatSums } from '../../../src-main/core/validate/stat-sums.js';
import { goldReport, perturb } from './helpers.js';

const DOC = '003_323c5264ff0b08ab.txt';
const ids = (r: ReturnType<typeof goldReport>) => checkStatSums(r).map((f) => f.ruleId).sort();

describe('pre-2019 statistics sums', () => {
  it('003 (the table contradicts itself): STAT-CHANNEL-SUM and STAT-UNANSWERED; its blank staff total also fires STAT-STAFF-SUM', () => {
    const f = checkStatSums(goldReport(DOC));
    expect(f.map((x) => x.ruleId).sort()).toEqual(['STAT-CHANNEL-SUM', 'STAT-STAFF-SUM', 'STAT-UNANSWERED']);
    const channel = f.find((x) => x.ruleId === 'STAT-CHANNEL-SUM')!;
    expect(channel.numbers).toMatchObject({ 'stat.apply.received': 3, left: 3, right: 0 });
    expect(channel.message).toBe('统计表"收到申请数"：收到申请数为 3，但各渠道 当面 0 + 传真 0 + 网络 0 + 信函 0 = 0');
    expect(f.find((x) => x.ruleId === 'STAT-UNANSWERED')!.message).toBe('统计表：收到申请数为 3，但申请办结数为 0，申请答复数为 0，没有任何申请记为办结或答复');
  });

  // A consistent version of 003: 3 applications by letter, completed on time, granted; staff 93.
  const consistent = () => perturb(goldReport(DOC), {
    'stat.apply.letter': 3, 'stat.apply.completed': 3, 'stat.apply.on_time': 3,
    'stat.apply.answered': 3, 'stat.answer.granted': 3, 'stat.org.staff': 93,
  });

  it('the corrected figures do not fire', () => {
    expect(checkStatSums(consistent())).toEqual([]);
  });

  it.each([
    ['STAT-COMPLETED-SUM', { 'stat.apply.extended': 1 }],
    ['STAT-ANSWER-SUM', { 'stat.answer.not_exist': 1 }],
    ['STAT-REFUSED-SUM', { 'stat.refused.privacy': 1 }],
    ['STAT-REVIEW-SUM', { 'stat.review.total': 1 }],
    ['STAT-SUIT-SUM', { 'stat.suit.upheld': 2 }],
    ['STAT-STAFF-SUM', { 'stat.org.staff_part': 90 }],
    ['STAT-CHANNEL-SUM', { 'stat.apply.online': 1 }],
  ])('%s fires on one changed figure', (rule, change) => {
    expect(ids(perturb(consistent(), change))).toEqual([rule]);
  });

  it('STAT-UNANSWERED needs received > 0 and recorded zero outcomes', () => {
    expect(ids(perturb(goldReport(DOC), { 'stat.apply.received': 0, 'stat.org.staff': 93 }))).toEqual([]);
    const noOutcomes = { ...goldReport(DOC) };
    noOutcomes.fields = Object.fromEntries(Object.entries(noOutcomes.fields).filter(([k]) => k !== 'stat.apply.completed' && k !== 'stat.apply.answered'));
    expect(checkStatSums(noOutcomes).map((f) => f.ruleId)).not.toContain('STAT-UNANSWERED');
  });

  it('a sum whose parts are not all given is not checked (narrative-only figures)', () => {
    const r = goldReport('001_e37cf357f63797f5.txt');
    expect(checkStatSums(r)).toEqual([]);
  });
});
