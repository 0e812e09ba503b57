// Mirror sites annotate every character with its pinyin: 網(wǎng)站, 政(zheng)府(fu). We strip an annotation only
// when it is a single valid pinyin syllable in parentheses right after a CJK character, so real parenthesised
// content — (一), (2021), 第二十条第(一)项, (PDF), (IPv6) — stays.

const TONED: Record<string, string> = {
  ā: 'a', á: 'a', ǎ: 'a', à: 'a',
  ē: 'e', é: 'e', ě: 'e', è: 'e', ê: 'e',
  ī: 'i', í: 'i', ǐ: 'i', ì: 'i',
  ō: 'o', ó: 'o', ǒ: 'o', ò: 'o',
  ū: 'u', ú: 'u', ǔ: 'u', ù: 'u',
  ǖ: 'v', ǘ: 'v', ǚ: 'v', ǜ: 'v', ü: 'v',
  ń: 'n', ň: 'n', ǹ: 'n', ḿ: 'm',
};

const SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ui|ao|ou|iu|ie|ve|ue|er|an|en|in|un|vn|ia|ua|uo|a|o|e|i|u|v)[1-5]?$/;

/** Letters a pinyin annotation may hold (ASCII letters, tone-marked vowels, a tone digit). */
export const PINYIN_CHAR = /[A-Za-z1-5āáǎàēéěèêīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;

/** True when `s` (the text between the parentheses) reads as one pinyin syllable. */
export function isPinyinSyllable(s: string): boolean {
  if (s.length === 0 || s.length > 7) return false;
  let plain = '';
  let toned = false;
  for (const ch of s) {
    const base = TONED[ch];
    if (base) {
      plain += base;
      toned = true;
    } else plain += ch.toLowerCase();
  }
  // A bare single vowel like (a) or (e) is more likely a list marker than pinyin.
  if (!toned && plain.length < 2) return false;
  // Mixed case such as (Word) or (IPv6) is not pinyin; an all-capitals syllable is unlikely too.
  if (s !== s.toLowerCase() && !toned) return false;
  return SYLLABLE.test(plain);
}

export function isOpenParen(c: number): boolean {
  return c === 0x28 || c === 0xff08;
}

export function isCloseParen(c: number): boolean {
  return c === 0x29 || c === 0xff09;
}

/**
 * If text[i] opens a pinyin annotation, returns the index just after its closing parenthesis, else -1.
 * The caller checks that a CJK character precedes it.
 */
export function pinyinAnnotationEnd(text: string, i: number): number {
  if (!isOpenParen(text.charCodeAt(i))) return -1;
  const limit = Math.min(text.length, i + 10);
  for (let j = i + 1; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (isCloseParen(c)) return isPinyinSyllable(text.slice(i + 1, j)) ? j + 1 : -1;
    if (!PINYIN_CHAR.test(text[j])) return -1;
  }
  return -1;
}
