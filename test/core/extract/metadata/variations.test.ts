// Metamorphic test over the real corpus: each text report is rewritten the way other sites and other years
// write the same page — the title year in Chinese digits, the header date with / or . or 年月日, site chrome
// with links to the same body's other reports above the text — and the metadata must not change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../../src-main/core/extract/metadata/index.js';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { DOCS_DIR, loadGolds, type Gold } from '../../../helpers/corpus.js';

const KEYS = ['agency', 'year', 'published'] as const;
type Meta = Partial<Record<(typeof KEYS)[number], string | number>>;

function meta(text: string): Meta {
  const r = extractMetadata({ text, norm: normalize(text) });
  return Object.fromEntries(r.fields.filter((f) => (KEYS as readonly string[]).includes(f.key)).map((f) => [f.key, f.value as string | number]));
}

const CN = '〇一二三四五六七八九';
const cnYear = (y: number): string => [...String(y)].map((d) => CN[Number(d)]).join('');

/** Each rewrite returns the new text, or undefined when the document has nothing to rewrite. */
const REWRITES: Record<string, (text: string, base: Meta, gold: Gold) => string | undefined> = {
  'title year in Chinese digits': (text, base) => {
    if (typeof base.year !== 'number' || typeof base.agency !== 'string') return undefined;
    const lines = text.split('\n');
    const i = lines.findIndex((l, k) => k < 60 && l.includes(`${base.year}`) && l.includes(base.agency as string) && /报告|年报/.test(l));
    if (i < 0) return undefined;
    lines[i] = lines[i].replace(String(base.year), cnYear(base.year));
    return lines.join('\n');
  },
  'title line broken after the body (an <h1> with <br>)': (text) => {
    const lines = text.split('\n');
    const i = lines.findIndex((l, k) => k < 80 && /^\s*\S{2,25}?(?:19|20)\d{2}年度?\S*信息公开\S*(?:报告|年报)\s*$/.test(l));
    const m = i < 0 ? null : /^(\s*\S{2,25}?)((?:19|20)\d{2}年度?\S*)$/.exec(lines[i]);
    if (!m) return undefined;
    lines[i] = `${m[1]}\n${m[2]}`;
    return lines.join('\n');
  },
  'title line broken inside 政府信息公开工作年度报告': (text) => {
    const lines = text.split('\n');
    const i = lines.findIndex((l, k) => k < 80 && /(?:19|20)\d{2}年度?政府信息公开工作年度报告\s*$/.test(l) && !/[,，。]/.test(l));
    if (i < 0) return undefined;
    lines[i] = lines[i].replace('政府信息公开工作年度报告', '政府信息公开\n工作年度报告');
    return lines.join('\n');
  },
  'header date with /': (text, base) => (typeof base.published === 'string' && text.includes(base.published) ? text.replace(base.published, base.published.replace(/-/g, '/')) : undefined),
  'header date with .': (text, base) => (typeof base.published === 'string' && text.includes(base.published) ? text.replace(base.published, base.published.replace(/-/g, '.')) : undefined),
  'header date in 年月日': (text, base) => {
    if (typeof base.published !== 'string' || !text.includes(base.published)) return undefined;
    const [y, m, d] = base.published.split('-');
    return text.replace(base.published, `${y}年${Number(m)}月${Number(d)}日`);
  },
  'eleven thousand characters of site chrome above the text': (text) =>
    '首页 | 政务公开 | 政府信息公开指南 | 政府信息公开制度 | 法定主动公开内容 | 政府信息公开年报 | 政策解读 | 回应关切\n'.repeat(150) + text,
  // a news ticker at the top of the page, then the menus, then the report
  'dated news items at the top of the page': (text, base) => {
    const { year } = base;
    if (typeof year !== 'number') return undefined;
    const news = [3, 5, 7].map((m) => `某某新闻标题第${m}条 发布时间：${year + 1}-0${m}-15`).join('\n');
    return `${news}\n${'首页 | 新闻中心 | 政务公开 | 政府信息公开指南 | 政府信息公开年报\n'.repeat(60)}${text}`;
  },
  'site chrome and links to other years’ reports above the text': (text, base) => {
    const { year, agency } = base;
    if (typeof year !== 'number' || typeof agency !== 'string' || /^[我本]/.test(agency)) return undefined;
    const nav = '首页 | 政务公开 | 政府信息公开指南 | 政府信息公开制度 | 法定主动公开内容 | 政府信息公开年报\n'.repeat(40);
    const links = [1, 2].map((k) => `${agency}${year - k}年政府信息公开工作年度报告`).join('\n');
    return `${nav}相关链接：\n${links}\n${text}`;
  },
};

const DOCS = loadGolds()
  .filter((g) => g.doc.endsWith('.txt'))
  .map((gold) => {
    const text = readFileSync(join(DOCS_DIR, gold.doc), 'utf8').replace(/\r\n?/g, '\n');
    return { gold, text, base: meta(text) };
  });

describe('metadata is stable under rewrites real pages make', () => {
  it.each(Object.keys(REWRITES))('%s', (name) => {
    const changed: string[] = [];
    let tried = 0;
    for (const { gold, text, base } of DOCS) {
      const v = REWRITES[name](text, base, gold);
      if (v === undefined) continue;
      tried++;
      const got = meta(v);
      for (const k of KEYS) if (got[k] !== base[k]) changed.push(`${gold.doc} ${k}: ${base[k]} → ${got[k]}`);
    }
    expect(tried).toBeGreaterThan(5);
    expect(changed).toEqual([]);
  });
});
