import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseHtmlBytes, parseHtmlString, slimHtml, sniffCharset } from '../../../src-main/core/import/parse-html.js';
import { DOCS_DIR } from '../../helpers/corpus.js';
import { at, checkBlockModel, tables } from './helpers.js';

const page = (body: string, head = '<meta charset="utf-8"><title>某某区人民政府2021年政府信息公开工作年度报告</title>') =>
  Buffer.from(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, 'utf8');

describe('parseHtmlBytes', () => {
  for (const f of ['pingtan-2016.html', 'pingtan-2019.html', 'pingtan-2021.html', 'pingtan-2023.html', 'pingtan-2019-gb2312.html']) {
    it(`${f}: block model with tables, exact offsets`, () => {
      const doc = parseHtmlBytes(readFileSync(join(DOCS_DIR, f)));
      checkBlockModel(doc);
      expect(doc.kind).toBe('html');
      expect(doc.htmlTitle).toMatch(/平潭综合实验区20\d\d年度政府信息公开工作年度报告/);
      expect(tables(doc).length).toBeGreaterThan(0);
      expect(doc.text).toContain('政府信息公开');
    });
  }

  it('reads the GB2312 page the same as the UTF-8 one', () => {
    const gb = parseHtmlBytes(readFileSync(join(DOCS_DIR, 'pingtan-2019-gb2312.html')));
    const utf8 = parseHtmlBytes(readFileSync(join(DOCS_DIR, 'pingtan-2019.html')));
    expect(gb.encoding).toBe('gb18030');
    expect(gb.encodingConfidence).toBeGreaterThan(0.8);
    expect(sniffCharset(readFileSync(join(DOCS_DIR, 'pingtan-2019-gb2312.html')))?.toLowerCase()).toBe('gb2312');
    expect(gb.text).toBe(utf8.text);
    expect(gb.blocks).toEqual(utf8.blocks);
  });

  it('decodes a GBK page with no charset declaration, and one whose declaration lies', () => {
    const html = readFileSync(join(DOCS_DIR, 'pingtan-2023.html'), 'utf8');
    const reference = parseHtmlBytes(Buffer.from(html, 'utf8'));
    const undeclared = iconv.encode(html.replace(/<meta charset="utf-8">/i, ''), 'gbk');
    const d1 = parseHtmlBytes(undeclared);
    expect(d1.encoding).toBe('gb18030');
    expect(d1.text).toBe(reference.text);
    const lying = iconv.encode(html, 'gbk'); // still says utf-8
    const d2 = parseHtmlBytes(lying);
    expect(d2.encoding).toBe('gb18030');
    expect(d2.text).toBe(reference.text);
    expect(d2.notes.join('')).toContain('utf-8');
  });

  it('drops site chrome but keeps the title, the metadata block and the article', () => {
    const doc = parseHtmlBytes(
      page(`
      <div class="header"><div class="logo">某某区人民政府门户网站</div>
        <ul class="nav"><li><a href="/">首页</a></li><li><a href="/zw">政务公开</a></li><li><a href="/hd">互动交流</a></li></ul></div>
      <div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a> &gt; <a href="/nb">年度报告</a></div>
      <div class="main">
        <table class="xxgk-meta"><tr><td>索引号：</td><td>11350100-2022-00012</td><td>发布机构：</td><td>某某区人民政府办公室</td></tr>
          <tr><td>发文日期：</td><td>2022-01-20</td><td>发布日期：</td><td>2022-01-21</td></tr></table>
        <h1>某某区人民政府2021年政府信息公开工作年度报告</h1>
        <div class="content"><p>根据《中华人民共和国政府信息公开条例》要求，编制本报告。</p>
          <p>一、总体情况</p><p>2021年，我区主动公开政府信息2645条。</p></div>
        <div class="share">分享到：<a>微信</a><a>微博</a><a>QQ</a></div>
        <div class="related"><h3>相关文章</h3><ul><li><a>2020年报告</a></li><li><a>2019年报告</a></li><li><a>2018年报告</a></li></ul></div>
      </div>
      <div class="footer">主办单位：某某区人民政府办公室 版权所有 网站标识码 3501000001 <a>网站地图</a></div>
      <nav><a>上一篇</a><a>下一篇</a></nav>
      <script>document.write('广告')</script><style>.x{color:red}</style>`),
    );
    checkBlockModel(doc);
    expect(doc.text).toContain('索引号');
    expect(doc.text).toContain('11350100-2022-00012');
    expect(doc.text).toContain('发布机构');
    expect(doc.text).toContain('2022-01-21');
    expect(doc.text).toContain('某某区人民政府2021年政府信息公开工作年度报告');
    expect(doc.text).toContain('主动公开政府信息2645条');
    for (const chrome of ['互动交流', '相关文章', '版权所有', '网站标识码', '分享到', '上一篇', '广告', 'color:red']) {
      expect(doc.text).not.toContain(chrome);
    }
    const h1 = doc.blocks.find((b) => b.type === 'paragraph' && b.heading);
    expect(h1 && h1.type === 'paragraph' && h1.text).toBe('某某区人民政府2021年政府信息公开工作年度报告');
  });

  it('puts the <title> first when the body does not repeat it', () => {
    const doc = parseHtmlBytes(page('<p>正文第一段。</p>'));
    expect(doc.blocks[0]).toMatchObject({ type: 'paragraph', heading: true, text: '某某区人民政府2021年政府信息公开工作年度报告' });
    expect(doc.text).toBe('某某区人民政府2021年政府信息公开工作年度报告\n正文第一段。');
    checkBlockModel(doc);
  });

  it('resolves rowspan and colspan into the grid; a merged cell appears once in the text', () => {
    const doc = parseHtmlBytes(
      page(`<table>
        <tr><td rowspan="2" colspan="2">信息内容</td><td colspan="2">本年</td><td rowspan="2">总计</td></tr>
        <tr><td>制发</td><td>废止</td></tr>
        <tr><td rowspan="2">规章</td><td>省级</td><td>1</td><td>0</td><td>1</td></tr>
        <tr><td>市级</td><td>2</td><td>1</td><td>3</td></tr>
      </table>`),
    );
    checkBlockModel(doc);
    const [t] = tables(doc);
    expect(t.rowCount).toBe(4);
    expect(t.colCount).toBe(5);
    expect(at(t, 0, 0)).toBe('信息内容');
    expect(at(t, 1, 1)).toBe('信息内容');
    expect(at(t, 0, 2)).toBe('本年');
    expect(at(t, 0, 3)).toBe('本年');
    expect(at(t, 1, 2)).toBe('制发');
    expect(at(t, 1, 4)).toBe('总计');
    expect(at(t, 3, 0)).toBe('规章');
    expect(at(t, 3, 1)).toBe('市级');
    expect(at(t, 3, 4)).toBe('3');
    const merged = t.cells[t.grid[0][0]];
    expect(merged).toMatchObject({ row: 0, col: 0, rowSpan: 2, colSpan: 2 });
    expect(doc.text.split('\n').slice(1)).toEqual(['信息内容 | 本年 | 总计', '制发 | 废止', '规章 | 省级 | 1 | 0 | 1', '市级 | 2 | 1 | 3']);
  });

  it('clips spans that run past the table and ignores bad span values', () => {
    const doc = parseHtmlBytes(page('<table><tr><td rowspan="9">a</td><td colspan="0">b</td><td colspan="x">c</td></tr><tr><td>d</td></tr></table>'));
    const [t] = tables(doc);
    checkBlockModel(doc);
    expect(t.rowCount).toBe(2);
    expect(t.cells[0].rowSpan).toBe(2);
    expect(at(t, 1, 1)).toBe('d');
  });

  it('flattens layout tables and keeps nested data tables as tables', () => {
    const doc = parseHtmlBytes(
      page(`<table class="layout"><tr><td>
          <p>一、总体情况</p>
          <table><tr><td>行政许可</td><td>2293</td></tr><tr><td>行政处罚</td><td>1282</td></tr></table>
        </td><td><p>右栏说明</p></td></tr></table>`),
    );
    checkBlockModel(doc);
    const ts = tables(doc);
    expect(ts).toHaveLength(1);
    expect(at(ts[0], 1, 1)).toBe('1282');
    expect(doc.text).toContain('一、总体情况');
    expect(doc.text).toContain('右栏说明');
  });

  it('treats hostile HTML as data: no script runs, handlers and styles are dropped', () => {
    const g = globalThis as { pwned?: boolean };
    const doc = parseHtmlBytes(
      page(`<img src=x onerror="globalThis.pwned=true"><p onclick="globalThis.pwned=true">正文</p>
        <script>globalThis.pwned = true</script><iframe src="javascript:globalThis.pwned=true"></iframe>
        <svg><script>globalThis.pwned=true</script></svg><style>body{}</style><noscript>请启用脚本</noscript>
        <p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`),
    );
    expect(g.pwned).toBeUndefined();
    expect(doc.text).toContain('正文');
    expect(doc.text).not.toContain('pwned');
    expect(doc.text).not.toContain('请启用脚本');
    expect(doc.text).toContain('<script>alert(1)</script>'); // escaped text stays text
    checkBlockModel(doc);
  });

  it('notes a page with only images', () => {
    const doc = parseHtmlBytes(page('<p><img src="scan1.jpg"></p><p><img src="scan2.jpg"></p>', '<meta charset="utf-8">'));
    expect(doc.blocks).toHaveLength(0);
    expect(doc.notes.join('')).toContain('只包含图片');
  });

  it('keeps <br> lines and <pre> lines apart', () => {
    const doc = parseHtmlBytes(page('<p>第一行<br>第二行</p><pre>甲 1\n乙 2</pre>', ''));
    expect(doc.text).toBe('第一行\n第二行\n甲 1\n乙 2');
    checkBlockModel(doc);
  });
});

describe('slimHtml', () => {
  for (const f of ['pingtan-2016.html', 'pingtan-2019.html', 'pingtan-2021.html', 'pingtan-2023.html']) {
    it(`${f}: dropping presentation attributes and scripts before parsing changes nothing in the result`, () => {
      const html = readFileSync(join(DOCS_DIR, f), 'utf8');
      const decoded = { text: html, encoding: 'utf-8', confidence: 1 };
      const slim = parseHtmlString(html, 'html', decoded);
      const full = parseHtmlString(html, 'html', decoded, { slim: false });
      expect(slim).toEqual(full);
      expect(slimHtml(html).length).toBeLessThan(html.length / 2);
    });
  }

  it('keeps text that looks like an attribute, and class/id', () => {
    expect(slimHtml('<p class="a" style="x:y" id=b>宽度 width="5" 米</p>')).toBe('<p class="a" id=b>宽度 width="5" 米</p>');
    expect(slimHtml('<div><script>if (a<b) x("</div>")</script>正文</div>')).toBe('<div>正文</div>');
  });
});
