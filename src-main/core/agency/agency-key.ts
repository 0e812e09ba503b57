// agency_key: one string for every way a report names the same agency. 平潭综合实验区管委会, 平潭综合实验区党工委
// 管委会 and 平潭综合实验区 → 平潭综合实验区; 常德市武陵区芙蓉街道办事处 and 芙蓉街道 → 芙蓉街道; 柳州市柳北区人民政府 and
// 柳北区政府 → 柳北区. The rewrites are data, applied in order; a reviewer links or unlinks what they miss.
import { normalize } from '../normalize/index.js';

/** common short forms → the full form, so 市场监管局 and 市场监督管理局 meet */
const ABBREVIATIONS: readonly [RegExp, string][] = [
  [/市场监管局$/, '市场监督管理局'],
  [/卫健委$|卫生健康委$|卫计委$/, '卫生健康委员会'],
  [/发改委$|发展改革委$/, '发展和改革委员会'],
  [/人社局$/, '人力资源和社会保障局'],
  [/住建局$/, '住房和城乡建设局'],
  [/文广新局$/, '文化广电新闻出版局'],
  [/信访办$/, '信访办公室'],
  [/(省|自治区|市|州|盟|县|区|旗)政府办公(室|厅)$/, '$1人民政府办公$2'],
];

/** the body of a region's government is the region: suffixes dropped after a region word */
const BODY_SUFFIXES: readonly [RegExp, string][] = [
  [/(省|自治区|市|州|盟|地区|县|区|旗|镇|乡|苏木)(?:人民政府|政府)$/, '$1'],
  [/街道(?:办事处|办|党工委|工委)$/, '街道'],
  [/区(?:党工委|党工委管委会|党工委管理委员会|管委会|管理委员会)$/, '区'],
  [/区(?:管委会|管理委员会)$/, '区'],
];

/** characters that end a region name (省, 市, 区…) */
const REGION_END = new Set(['省', '市', '州', '盟', '县', '区', '旗']);
/** what must follow a parent prefix for it to be dropped: another region (晋安区…, 芙蓉街道…) */
const STARTS_WITH_REGION = /^[\u4e00-\u9fff]{1,9}?(?:自治区|省|市|州|盟|地区|县|区|旗|镇|乡|街道|苏木)/;

/** 福州市晋安区 → 晋安区: the shortest leading region whose rest is itself a region-led name */
function dropParent(s: string): string | null {
  for (let len = 2; len <= Math.min(10, s.length - 2); len++) {
    if (!REGION_END.has(s[len - 1])) continue;
    const rest = s.slice(len);
    // 柳州|市柳北区 is no split (州 is part of the city's name), but 济南市|市中区 is
    if ((REGION_END.has(rest[0]) && (s[len - 1] === '州' || s[len - 1] === '盟')) || rest.startsWith('自治')) continue;
    if (STARTS_WITH_REGION.test(rest)) return rest;
  }
  return null;
}

function clean(name: string): string {
  return normalize(name)
    .text.replace(/[(（][^)）]*[)）]/g, '')
    .replace(/[\s·•.,，、:："“”'‘’《》<>]/g, '');
}

function applyAll(s: string, rules: readonly [RegExp, string][]): string {
  for (const [re, to] of rules) s = s.replace(re, to);
  return s;
}

/** the key reports of one agency share; null when there is no usable name */
export function agencyKey(name: string | null | undefined): string | null {
  if (!name) return null;
  let s = clean(name);
  // 我局, 本单位, 我区: how a report refers to itself, not a name
  if (s.length < 2 || /^[我本该][局委办区县市乡镇省旗单部]/.test(s)) return null;
  s = applyAll(s, ABBREVIATIONS);
  s = applyAll(s, BODY_SUFFIXES);
  // drop parent regions while what remains still starts with a region of its own
  for (let i = 0; i < 4; i++) {
    const rest = dropParent(s);
    if (!rest) break;
    s = rest;
  }
  return s.length >= 2 ? s : null;
}
