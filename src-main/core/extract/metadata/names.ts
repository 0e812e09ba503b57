// What a reporting body's name looks like, as data: the endings of agency names and the self-references
// (我局, 本办…) reports use instead of a name.
import { SPAM_WORDS } from '../../validate/tampered.js';

/** Endings of the names of reporting bodies (longest first is not required: any match validates). */
export const AGENCY_ENDINGS = [
  '人民政府', '政府', '办公室', '办公厅', '管委会', '管理委员会', '委员会', '委', '局', '分局', '厅', '办',
  '中心', '办事处', '街道', '镇', '乡', '区', '县', '市', '省', '旗', '州', '盟', '公司', '院', '所', '队',
  '站', '处', '署', '会', '馆', '社', '海关', '监狱',
  // a government's own offices report as one ("某某区人民政府机关")
  '机关',
  // Tianjin's street-level bodies are called "某某街" ("佳荣里街"); ordinary streets are excluded below
  '街',
];

/** Words that end like a name but are not one. */
export const NOT_NAMES = new Set([
  '全区', '全县', '全市', '全省', '全镇', '全乡', '全旗', '辖区', '城区', '社区', '园区', '景区', '地区', '本区',
  '办公室', '政府办公室', '政府', '人民政府', '区政府', '县政府', '市政府', '省政府', '委', '局', '中心',
  '街道', '乡镇', '各乡镇', '各街道', '本市', '本县', '本局', '该局', '上级政府', '各级政府', '本级政府',
  '区人民政府', '县人民政府', '市人民政府', '省人民政府', '旗人民政府', '州人民政府',
]);

/**
 * The words of a body's type. A candidate made only of these ("街道办事处", "乡镇人民政府", "管委会") names no
 * body: a site's column or breadcrumb label, not the report's agency. The levels that have a government of
 * their own (市, 区, 县…) are not among them: a city's report calls its compiling office "市政府办公厅", and the
 * bare "区政府"-style words are listed in NOT_NAMES.
 */
export const GENERIC_PARTS = [
  '人民政府', '政府', '人民', '办公室', '办公厅', '街道办事处', '街道', '办事处', '管理委员会', '管委会', '委员会',
  '乡镇', '镇', '乡', '街', '党政', '党工委', '工委', '社区', '居委会', '村委会',
  // "行政机关", "国家机关", "政府机关": the words of the law, not a body
  '机关', '行政', '国家',
];

/** Words ending in 街 that are streets, not street-level bodies ("步行街"). */
export const STREET_WORDS = ['大街', '步行街', '商业街', '美食街', '小吃街', '风情街', '文化街', '老街', '一条街', '条街'];

const GENERIC_RE = new RegExp(`^(?:${[...GENERIC_PARTS].sort((a, b) => b.length - a.length).join('|')})+$`);
const STREET_RE = new RegExp(`(?:${STREET_WORDS.join('|')})$`);

const HONORIFIC = /^贵(?:单位|方|部门|机关|公司|司|局|委|办|厅|院|校|所|处|中心|会|站|队|馆|社)/;
/** Departments' names without their place: the kind of a body, not a body. */
export const DEPARTMENTS = [
  '市场监督管理', '市场监管', '教育', '自然资源', '自然资源和规划', '统计', '公安', '财政', '卫生健康', '交通运输',
  '住房和城乡建设', '生态环境', '农业农村', '水利', '水务', '民政', '司法', '人力资源和社会保障', '商务', '文化和旅游',
  '文化广电旅游', '应急管理', '审计', '税务', '林业', '林业和草原', '医疗保障', '退役军人事务', '体育', '科学技术',
  '工业和信息化', '发展和改革', '卫生', '国土资源', '城市管理', '城市管理综合执法', '行政审批', '数据资源管理',
];
const BARE_DEPARTMENT = new RegExp(`^(?:${DEPARTMENTS.join('|')})(?:局|厅|委员会|委)$`);
const ENDING_RE = new RegExp(`(?:${AGENCY_ENDINGS.join('|')})$`);
const HAN_ONLY = /^[\u4e00-\u9fff]+$/;
const SELF_REFERENCE = /^(?:我|本)(?:局|办|委|区|县|市|镇|乡|旗|街道|街|中心|单位|部门|厅|省|院|所|处|室|会|站|队|馆|关)$/;

/** A plausible proper name of a reporting body (Han characters only, a known ending, not generic). */
export function isAgencyName(s: string): boolean {
  if (s.length < 2 || s.length > 25 || !HAN_ONLY.test(s)) return false;
  if (!ENDING_RE.test(s) || NOT_NAMES.has(s) || GENERIC_RE.test(s)) return false;
  // a street-level body "某某街" has a short proper name before 街; "解放路步行街" is a street
  if (s.endsWith('街') && (s.length > 6 || STREET_RE.test(s))) return false;
  // 贵 only as the honorific (贵单位, 贵局): 贵阳市, 贵州省 are places
  if (HONORIFIC.test(s)) return false;
  // a level character before a body's type words ("区管委会", "市政府办公室") or a department with no place
  // ("市场监督管理局", "教育局"): no body is named
  if ((/^[区县市省州旗盟镇乡]/.test(s) && !/办公[室厅]$/.test(s) && GENERIC_RE.test(s.slice(1))) || BARE_DEPARTMENT.test(s)) return false;
  if (/^(?:我|本|全|各|该|上级|下级|有关|相关|所属|直属|其他|以下|关于|根据|按照|经过|通过)/.test(s)) return false;
  // the tail of a date or a self-reference glued to the words before it ("2010年我局" → "年我局")
  // a verb of publishing glued before the name ("并向社会公布某某局"): a sentence, not a name; 编制 alone may be
  // part of one ("某某县机构编制委员会办公室")
  if (/公布|印发|向社会|(?:并|特|现)(?:发布|编制)/.test(s)) return false;
  if (/^[年月日度底初]/.test(s) || /[我本](?:局|办|委|区|县|市|镇|乡|旗|厅|中心|单位|部门|会|站|队|馆|关)/.test(s)) return false;
  // a bare ending with a one-character head ("区局") is rarely a name; a county ("兴县", "道县") is
  if (s.length === 2 && !/[县旗镇乡]$/.test(s)) return false;
  return true;
}

/** 我局 / 本办 / 我旗 … : how a report refers to itself when it does not give its name. */
export function isSelfReference(s: string): boolean {
  return SELF_REFERENCE.test(s);
}

/**
 * Cleans a name candidate: tampered copies put spam before it ("常德市365体育投注:芙蓉街道",
 * "puroview.com沙头镇"), so only the Han run after the last non-Han character is kept.
 * Returns the offset of the kept part within `s` and the name.
 */
export function cleanName(s: string): { offset: number; name: string } {
  let end = s.length;
  while (end > 0 && !/[\u4e00-\u9fff]/.test(s[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\u4e00-\u9fff]/.test(s[start - 1])) start--;
  const spam = afterSpam(s.slice(start, end));
  if (spam) return { offset: start + spam.offset, name: spam.name };
  return { offset: start, name: s.slice(start, end) };
}

// The spam words of the TAMPERED-CONTENT check (validate/tampered.ts), shared so both read spam alike.
const SPAM_RE = new RegExp(SPAM_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
/** Words a spam name goes on with before the genuine text resumes ("新葡京博彩官网区人民政府…"). */
const SPAM_TAIL = /^(?:官方网站|官方网址|官网|网址|网站|平台|入口|注册|下载|登录|首页|娱乐|集团|[Aa][Pp][Pp])+/;
/** Where one body of a chain ends and the next begins ("区人民政府北京街道办事处"). */
const CHAIN_BREAK = /人民政府|政府|管委会|管理委员会/g;

/**
 * A Han run with spam words inside ("新葡京博彩官网区人民政府北京街道办事处"): only the part after the spam is
 * genuine, and only when it is a whole body name — the last body of a chain after it — is it a name; else
 * nothing (an empty name). Undefined when the run carries no spam.
 */
function afterSpam(run: string): { offset: number; name: string } | undefined {
  SPAM_RE.lastIndex = 0;
  let cut = -1;
  for (let m = SPAM_RE.exec(run); m; m = SPAM_RE.exec(run)) cut = m.index + m[0].length;
  if (cut < 0) return undefined;
  cut += SPAM_TAIL.exec(run.slice(cut))?.[0].length ?? 0;
  const rest = run.slice(cut);
  // the last body of the chain: the part after the last government ending that is a name on its own
  let at = 0;
  CHAIN_BREAK.lastIndex = 0;
  for (let m = CHAIN_BREAK.exec(rest); m; m = CHAIN_BREAK.exec(rest)) {
    const next = m.index + m[0].length;
    if (next < rest.length && isAgencyName(rest.slice(next))) at = next;
  }
  const name = rest.slice(at);
  return isAgencyName(name) ? { offset: cut + at, name } : { offset: run.length, name: '' };
}
