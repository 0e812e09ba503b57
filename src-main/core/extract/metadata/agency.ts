// Where a report names its reporting body outside the title, as data: each rule is a pattern whose group 1
// holds the candidate name, tried in order. The candidate must look like a name (names.ts).
import { cleanName, isAgencyName } from './names.js';
import type { Span } from './title.js';

const NAME = '([^\\s,，。;；:：、“”"《》()（）]{2,40}?)';
// Verbs that open the first sentence of 总体情况: "2021年，保山市卫生健康委员会以…", "2019年，揭东分局在…".
const OPENING_VERBS = [
  '以', '在', '坚持', '认真', '按照', '深入', '围绕', '紧紧', '紧扣', '高度', '严格', '继续', '全面', '进一步',
  '根据', '始终', '不断', '持续', '聚焦', '扎实', '积极', '切实', '全力', '依法', '贯彻',
];

export interface AgencyRule {
  name: string;
  pattern: RegExp;
  confidence: number;
}

export const AGENCY_RULES: AgencyRule[] = [
  // "…要求，由北京市水务局编制的2008年度…", "由365体育投注:芙蓉街道办事处编制"
  { name: 'compiled-by', pattern: new RegExp(`由\\s*([^,，。;；“”"《》]{2,40}?)\\s*(?:负责)?编制`, 'g'), confidence: 0.85 },
  // "2021年，保山市卫生健康委员会以…"
  {
    name: 'opening-sentence',
    pattern: new RegExp(`(?:^|\\n|。)\\s*(?:19|20)\\d{2}\\s*年度?\\s*[,，]\\s*${NAME}(?:${OPENING_VERBS.join('|')})`, 'g'),
    confidence: 0.75,
  },
  // "2017年钟楼区的政府信息公开工作…"
  { name: 'year-of', pattern: new RegExp(`(?:19|20)\\d{2}\\s*年度?\\s*${NAME}的政府信息公开工作`, 'g'), confidence: 0.7 },
  // page header "发布机构: 中原西路街道办事处"
  { name: 'publisher', pattern: /发\s*布\s*机\s*构\s*[:：]?\s*\|?\s*([^\s|,，:：]{2,30})/g, confidence: 0.6 },
];

export interface AgencyHit {
  name: string;
  span: Span;
  confidence: number;
  rule: string;
}

/** The first rule that yields a valid name, searched in the first `limit` characters. */
export function findAgencyInBody(text: string, limit = 4000): AgencyHit | undefined {
  const head = text.slice(0, limit);
  for (const rule of AGENCY_RULES) {
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(head); m; m = rule.pattern.exec(head)) {
      const raw = m[1];
      const { offset, name } = cleanName(raw);
      if (!isAgencyName(name)) continue;
      const start = m.index + m[0].indexOf(raw) + offset;
      return { name, span: { start, end: start + name.length }, confidence: rule.confidence, rule: rule.name };
    }
  }
  return undefined;
}
