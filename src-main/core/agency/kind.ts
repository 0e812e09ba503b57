// What kind of body an agency name names: the publication deadline depends on it (条例 第四十九条: a whole
// government at county level or above by 31 March; departments by 31 January; local rules give townships
// and streets the January date). Suffixes as data, tried in order.
export type AgencyKind = 'township' | 'government' | 'department';

const KIND_PATTERNS: readonly { kind: AgencyKind; re: RegExp }[] = [
  { kind: 'township', re: /(?:乡|镇|街道|苏木)(?:人民政府|政府|办事处|党工委|管委会)?$|街道办(?:事处)?$/ },
  { kind: 'government', re: /(?:省|自治区|市|州|盟|地区|县|区|旗)(?:人民政府|政府|管委会|管理委员会|党工委管委会)?$/ },
  { kind: 'government', re: /人民政府$/ },
];

export function agencyKind(name: string): AgencyKind {
  const n = name.replace(/\s+/g, '');
  for (const p of KIND_PATTERNS) if (p.re.test(n)) return p.kind;
  return 'department';
}
