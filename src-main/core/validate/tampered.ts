// TAMPERED-CONTENT: the file is not the genuine report — injected gambling/adult spam, a place or site name
// replaced by a spam name, or mirror-site pinyin damage (網(wǎng)站, 政(zheng)府(fu)). Looked for in the
// ORIGINAL text (normalisation strips the pinyin), and the finding quotes what was found.
import type { Finding, ReportForCheck } from './types.js';
import { finding } from './types.js';

interface Sign {
  kind: string;
  re: RegExp;
  /** how many hits it takes (pinyin after one character can be a real annotation) */
  min: number;
}

// Words a genuine report never carries. Ordinary phrases that merely look similar (久久为功, 打击赌场,
// 彩票投注站) are deliberately not in the list.
export const SPAM_WORDS = [
  '体育投注', '在线投注', '投注平台', '博彩', '娱乐城', '真人娱乐', '百家乐', '六合彩', '时时彩', '北京赛车', '老虎机',
  '买足球', '足球的软件', '棋牌游戏', '开户送', '彩金', '澳门银河', '威尼斯人', '太阳城娱乐', '皇冠体育',
  '无码', '人妻', '色欲', '亚洲AV', 'AV无码', '国产精品', '精品国产', '一区二区', '成人视频', '毛片', '黄片',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const TAMPER_SIGNS: readonly Sign[] = [
  { kind: '赌博/色情垃圾内容', re: new RegExp(SPAM_WORDS.map(escape).join('|'), 'gi'), min: 1 },
  // a place or site name replaced: a spam name with a colon inside a sentence (常德市365体育投注:芙蓉街道)
  {
    kind: '地名或网站名被替换',
    re: /[\u4e00-\u9fff0-9]{0,6}(?:体育|娱乐|彩票|投注|棋牌|博彩|真人)[\u4e00-\u9fff0-9]{0,4}[:：](?=[\u4e00-\u9fff])/g,
    min: 1,
  },
  // pinyin with tone marks or plain letters in brackets right after a Chinese character
  {
    kind: '镜像站拼音注音',
    re: /[\u3400-\u9fff][(（](?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*|[a-z]{1,6})[)）]/g,
    min: 3,
  },
];

const MAX_QUOTES = 3;

function context(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 8);
  return text.slice(from, Math.min(text.length, at + length + 8)).replace(/\s+/g, ' ').trim();
}

export function checkTampered(report: ReportForCheck): Finding[] {
  const text = report.text;
  const parts: string[] = [];
  const quotes: string[] = [];
  /** quoted spans, so one place found by two signs is quoted once */
  const quoted: [number, number][] = [];
  const numbers: Record<string, number> = {};
  for (const sign of TAMPER_SIGNS) {
    sign.re.lastIndex = 0;
    const hits: RegExpExecArray[] = [];
    for (let m = sign.re.exec(text); m; m = sign.re.exec(text)) hits.push(m);
    const real = hits;
    if (real.length < sign.min) continue;
    numbers[sign.kind] = real.length;
    parts.push(`${sign.kind} ${real.length} 处（如"${real[0][0]}"）`);
    let shown = 0;
    for (const m of real) {
      if (shown >= MAX_QUOTES) break;
      const end = m.index + m[0].length;
      if (quoted.some(([a, b]) => m.index < b + 8 && end > a - 8)) continue;
      quoted.push([m.index, end]);
      quotes.push(context(text, m.index, m[0].length));
      shown++;
    }
  }
  if (!parts.length) return [];
  return [
    finding('TAMPERED-CONTENT', [], numbers,
      `文件内容被篡改，不是原始报告：${parts.join('；')}。请向发布机关网站核对原文`, quotes.slice(0, MAX_QUOTES * 2).join(' … ')),
  ];
}
