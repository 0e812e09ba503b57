// Site chrome: what a government page wraps around the report. Dropped, except that an element holding the
// page's metadata block (索引号, 发布机构, 发布日期, 来源 …) or its main heading is descended into rather than dropped.
import type { DefaultTreeAdapterTypes as T } from 'parse5';

export type El = T.Element;
export type Node = T.ChildNode;

/** Never text for the reader: dropped whole. Imported HTML is data; scripts are never run. */
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'head', 'link',
  'meta', 'input', 'select', 'textarea', 'button', 'option', 'audio', 'video', 'map', 'frameset', 'frame',
]);

export const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'menu', 'dialog']);

const CHROME_NAME =
  /(?:^|[-_\s])(?:nav|navbar|menu|topbar|top|header|head|footer|foot|bottom|breadcrumb|crumbs?|sidebar|side|share|copyright|toolbar|search|login|banner|friendlink|links|related|pagination|pager|position|location|weizhi|dqwz)(?:[-_\s\d]|$)/i;

export const META_LABEL = /索引号|发布机构|发文机关|发文机构|发文日期|成文日期|发布日期|发布时间|生成日期|信息来源|来源[:：]|文号|主题分类|公开方式|公开范围/;

export function attr(el: El, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

export function isChromeByName(el: El): boolean {
  const cls = attr(el, 'class');
  const id = attr(el, 'id');
  const role = attr(el, 'role');
  if (role === 'navigation' || role === 'banner' || role === 'contentinfo') return true;
  return (cls !== undefined && CHROME_NAME.test(cls)) || (id !== undefined && CHROME_NAME.test(id));
}

export interface TextStats {
  /** characters of text (whitespace excluded) */
  text: number;
  /** of which inside <a> */
  link: number;
  links: number;
  /** holds a metadata label */
  meta: boolean;
  /** holds an h1/h2 */
  heading: boolean;
  tables: number;
}

/** Text statistics of every element, computed once bottom-up. */
export function computeStats(root: T.ParentNode): Map<T.ParentNode, TextStats> {
  const stats = new Map<T.ParentNode, TextStats>();
  const visit = (node: T.ParentNode, inLink: boolean): TextStats => {
    const s: TextStats = { text: 0, link: 0, links: 0, meta: false, heading: false, tables: 0 };
    let own = '';
    for (const child of node.childNodes) {
      if (child.nodeName === '#text') {
        const v = (child as T.TextNode).value;
        own += v;
        const n = countNonBlank(v);
        s.text += n;
        if (inLink) s.link += n;
      } else if ('tagName' in child) {
        const tag = child.tagName;
        if (SKIP_TAGS.has(tag)) continue;
        const isLink = tag === 'a';
        const cs = visit(child, inLink || isLink);
        s.text += cs.text;
        s.link += cs.link;
        s.links += cs.links + (isLink ? 1 : 0);
        s.meta ||= cs.meta;
        s.heading ||= cs.heading || tag === 'h1' || tag === 'h2';
        s.tables += cs.tables + (tag === 'table' ? 1 : 0);
      }
    }
    if (own && META_LABEL.test(own)) s.meta = true;
    stats.set(node, s);
    return s;
  };
  visit(root, false);
  return stats;
}

function countNonBlank(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

export type ChromeVerdict = 'keep' | 'drop' | 'descend';

/**
 * Whether an element is site chrome. `pageText` is the non-link text of the whole page: an element holding
 * most of it is the article, whatever its class says.
 */
export function chromeVerdict(el: El, s: TextStats, pageText: number): ChromeVerdict {
  const tag = el.tagName;
  const bodyShare = pageText > 0 ? (s.text - s.link) / pageText : 0;
  if (bodyShare > 0.5) return 'keep';
  const chrome = CHROME_TAGS.has(tag) || isChromeByName(el);
  // A list of links (menus, "related articles", friend links): most of its text is link text.
  const linkList = s.links >= 3 && s.link >= s.text * 0.7 && tag !== 'table';
  if (!chrome && !linkList) return 'keep';
  if (s.meta || s.heading) return 'descend';
  return 'drop';
}
