// The reviewer's day in browser mode against the real core: import the corpus through the UI, open report
// 004, read a table-三 cell, correct it and watch the findings change, approve (the dialog asks because
// errors are open), see the history rows; keyboard moves; screenshots of the list, review and dashboard.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, DOCS, ROOT } from './fixtures.js';

// Every run saves the screenshots under test-results/ to look at; NIANBAO_SCREENSHOTS=docs (npm run screenshots)
// refreshes the ones the README shows.
const SHOTS = process.env.NIANBAO_SCREENSHOTS === 'docs' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');
const REPORT_004 = '004_43d0b42a4a6d771f.txt';

test.describe.configure({ mode: 'serial' });

/** A screenshot without the passing toast message over the content. */
async function shot(page: Page, name: string) {
  const toast = page.locator('.toast');
  if (await toast.isVisible()) await toast.click();
  await expect(toast).toBeHidden();
  await page.screenshot({ path: join(SHOTS, name) });
}

test('import the corpus, review report 004, correct a cell, approve, see the history', async ({ page, server }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  // the token moves from the address bar into sessionStorage
  await expect(page).not.toHaveURL(/token=/);

  // reviewer name (asked on first run, or changed from the top bar)
  if (!(await page.getByTestId('reviewer-modal').isVisible())) await page.getByRole('button', { name: '更换' }).click();
  await page.getByTestId('reviewer-modal').getByLabel('审核人姓名').fill('李审核');
  await page.getByTestId('reviewer-modal').getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('审核人：李审核')).toBeVisible();

  // import every corpus file through the file input (what 导入 → 选择文件… opens)
  const files = readdirSync(DOCS).map((f) => join(DOCS, f));
  await page.getByTestId('file-input').setInputFiles(files);
  const panel = page.getByTestId('import-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 150_000 });
  const imported = Number(await panel.getByTestId('count-imported').textContent());
  expect(imported).toBeGreaterThan(files.length / 2);
  await expect(page.getByTestId('list-count')).toContainText(`共 ${imported} 份报告`);
  await panel.getByRole('button', { name: '关闭' }).click();
  await shot(page, 'list.png');

  // full-text search narrows the list; open report 004 from it
  await page.getByPlaceholder('全文检索').fill('芙蓉街道');
  const row = page.locator('.grid-row', { hasText: REPORT_004 });
  await expect(row).toBeVisible();
  await row.locator('a').click();
  const review = page.getByTestId('review');
  await expect(review).toBeVisible();
  await expect(review.locator('h1')).toContainText('2021');

  // read a table-三 cell: 一、本年新收 · 总计 of this report is 0 (as printed)
  const cell = review.locator('td[data-key="t3.new.total"]');
  await expect(cell).toHaveText('0');
  // clicking it marks its source characters in the left pane
  await cell.click();
  await expect(cell).toHaveClass(/active/);
  await expect(page.getByTestId('source').locator('mark.active')).toHaveText('0');

  const findings = review.getByTestId('findings');
  const before = await findings.locator('li[data-rule="T3-COLUMN-SUM"]').count();

  // correct 一、本年新收 · 自然人 to 5 with the keyboard: Enter edits, Enter commits
  const natural = review.locator('td[data-key="t3.new.natural"]');
  await natural.click();
  await page.keyboard.press('Enter');
  const editor = review.getByTestId('cell-editor');
  await expect(editor).toBeVisible();
  await editor.fill('5');
  await page.keyboard.press('Enter');
  await expect(natural).toHaveText('5');
  await expect(natural).toHaveClass(/corrected/);
  await expect(natural).toHaveAttribute('title', /原提取值：0[\s\S]*修改人：李审核/);
  // the row no longer adds up: the checks ran again and a T3-COLUMN-SUM error names the corrected key
  await expect(findings.locator('li[data-rule="T3-COLUMN-SUM"]')).toHaveCount(before + 1);
  await expect(natural).toHaveClass(/finding-error/);
  await findings.locator('li[data-rule="T3-COLUMN-SUM"]').first().click();
  await expect(natural).toHaveClass(/in-finding/);

  await shot(page, 'review.png');

  // Esc cancels an edit: the value stays
  await natural.click();
  await page.keyboard.press('F2');
  await editor.fill('9');
  await page.keyboard.press('Escape');
  await expect(natural).toHaveText('5');

  // arrow keys move between cells as drawn
  await page.keyboard.press('ArrowRight');
  await expect(review.locator('td[data-key="t3.new.business"]')).toHaveClass(/active/);
  await page.keyboard.press('ArrowDown');
  await expect(review.locator('td[data-key="t3.carried.business"]')).toHaveClass(/active/);

  // select the printed 0 of 一、本年新收 · 自然人 in the source and assign it to that field (设为字段…)
  await page.evaluate(() => {
    const label = '一、本年新收政府信息公开申请数量';
    const host = [...document.querySelectorAll('[data-testid="source"] p, [data-testid="source"] td')].find((el) => el.textContent?.startsWith(label));
    if (!host) throw new Error('row not drawn');
    const at = host.textContent!.indexOf('0', label.length);
    const walker = document.createTreeWalker(host, NodeFilter.SHOW_TEXT);
    let seen = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = n.textContent!.length;
      if (seen + len > at) {
        const r = document.createRange();
        r.setStart(n, at - seen);
        r.setEnd(n, at - seen + 1);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
        break;
      }
      seen += len;
    }
    host.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  const pop = page.getByTestId('assign-popup');
  await pop.getByRole('button', { name: '设为字段…' }).click();
  await pop.getByLabel('选择字段').fill('本年新收 自然人');
  await pop.getByRole('option').first().click();
  await expect(natural).toHaveText('0');
  await expect(findings.locator('li[data-rule="T3-COLUMN-SUM"]')).toHaveCount(before);
  // and back to 5 for the approval below, typed this time
  await natural.click();
  await page.keyboard.press('Enter');
  await editor.fill('5');
  await page.keyboard.press('Enter');
  await expect(natural).toHaveText('5');

  // approve from the keyboard (A): errors are open, so the app asks first; Enter confirms
  await natural.click();
  await page.keyboard.press('a');
  const dialog = page.getByTestId('approve-dialog');
  await expect(dialog).toContainText('未处理的错误');
  await page.keyboard.press('Enter');
  await expect(review.locator('.review-head .status')).toHaveText('已通过');

  // history: the correction (old → new) and the decision, with the reviewer's name
  const history = review.getByTestId('history');
  await expect(history).toContainText('0 → 5');
  await expect(history).toContainText('5 → 0');
  await expect(history.locator('li', { hasText: '通过' }).first()).toContainText('李审核');

  // the review screen at 1920×1080
  await page.setViewportSize({ width: 1920, height: 1080 });
  await natural.click();
  await shot(page, 'review-1920.png');
  await page.setViewportSize({ width: 1366, height: 768 });

  // ? shows the shortcut sheet, Esc closes it
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts')).toBeHidden();

  // back to the list: the report shows as approved
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.locator('.grid-row', { hasText: REPORT_004 }).locator('.status')).toHaveText('已通过');

  // dashboard with real figures
  await page.getByRole('button', { name: '统计概览' }).click();
  await expect(page.getByTestId('dashboard')).toBeVisible();
  await expect(page.getByTestId('chart-applications')).toBeVisible();
  await shot(page, 'dashboard.png');

  expect(pageErrors).toEqual([]);
});

test('the source pane never injects imported markup', async ({ page, server }) => {
  await page.goto(server.url);
  const html = await page.content();
  expect(html).not.toContain('dangerouslySetInnerHTML');
  // every report opened draws text nodes only: no <script>/<iframe>/<img> from the document
  await page.getByPlaceholder('全文检索').fill('pingtan');
  const first = page.locator('.grid-row a').first();
  if (await first.count()) {
    await first.click();
    await expect(page.getByTestId('source')).toBeVisible();
    await expect(page.getByTestId('source').locator('script, iframe, img, style, link')).toHaveCount(0);
  }
});

test('dropping a file already imported counts it as 重复', async ({ page, server }) => {
  await page.goto(server.url);
  const name = '004_43d0b42a4a6d771f.txt';
  const bytes = [...readFileSync(join(DOCS, name))];
  const dt = await page.evaluateHandle(({ name, bytes }) => {
    const d = new DataTransfer();
    d.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/plain' }));
    return d;
  }, { name, bytes });
  await page.dispatchEvent('.main', 'dragenter', { dataTransfer: dt });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('.main', 'drop', { dataTransfer: dt });
  const panel = page.getByTestId('import-panel');
  await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
  await expect(panel.locator('.counts > div').nth(1).locator('b')).toHaveText('1');
  await expect(page.locator('.drop-overlay')).toBeHidden();
});

test('批量通过 approves the selected reports without open errors and says why others were skipped', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByLabel('状态').selectOption('pending');
  const rows = page.locator('.grid-row[data-id]');
  await expect(rows.first()).toBeVisible();
  for (let i = 0; i < 4; i++) await rows.nth(i).locator('input[type=checkbox]').check();
  await expect(page.locator('.bulkbar')).toContainText('已选 4 份');
  await page.getByRole('button', { name: '批量通过' }).click();
  await page.locator('.modal').getByRole('button', { name: '通过' }).click();
  const result = page.getByTestId('bulk-result');
  await expect(result).toContainText(/已通过 \d+ 份，跳过 \d+ 份/);
  const [, ok, skipped] = /已通过 (\d+) 份，跳过 (\d+) 份/.exec((await result.textContent()) ?? '')!;
  expect(Number(ok) + Number(skipped)).toBe(4);
  if (Number(skipped) > 0) await expect(result).toContainText('份');
});

test('导出 downloads a workbook in browser mode', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByRole('button', { name: '导出' }).click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByLabel('全部报告', { exact: false }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '开始导出' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = await d.path();
  expect(statSync(path).size).toBeGreaterThan(1000);
});

test('keyboard only: open a report from the list, move to the next one, back with Esc', async ({ page, server }) => {
  await page.goto(server.url);
  await expect(page.locator('.grid-row[data-id]').first()).toBeVisible();
  await page.locator('[data-testid=report-grid]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const review = page.getByTestId('review');
  await expect(review).toBeVisible();
  await expect(review.locator('.review-head .sub')).not.toHaveText('');
  const first = (await review.locator('h1').textContent()) ?? '';
  expect(first).not.toBe('');
  await page.keyboard.press('n');
  await expect(review.locator('.review-head .sub')).not.toHaveText('');
  await expect(page).toHaveURL(/#\/review\/\d+/);
  const url1 = page.url();
  await page.keyboard.press('p');
  await expect(page).not.toHaveURL(url1);
  // the address changes first, the report loads after it: a retrying assertion waits for it
  await expect(review.locator('h1')).toHaveText(first);
  // R returns the report: the comment is required
  await page.keyboard.press('r');
  const modal = page.locator('.modal');
  await expect(modal).toContainText('退回报告');
  await modal.getByRole('button', { name: '退回' }).click();
  await expect(modal).toContainText('请填写退回意见');
  await modal.locator('textarea').fill('表三数据缺失，请补充后重新报送');
  await page.keyboard.press('Control+Enter');
  await expect(review.locator('.review-head .status')).toHaveText('已退回');
  await expect(review.locator('.review-head .sub')).toContainText('表三数据缺失');
  await expect(review.getByTestId('history')).toContainText('退回：表三数据缺失');
  // Tab walks the fields, Esc clears the position, a second Esc returns to the list
  await page.keyboard.press('Tab');
  await expect(review.locator('[data-key="agency"]')).toHaveClass(/active/);
  await page.keyboard.press('Tab');
  await expect(review.locator('[data-key="year"]')).toHaveClass(/active/);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('report-grid')).toBeVisible();
});

test('link another report as the same agency, then unlink it', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByPlaceholder('全文检索').fill('pingtan-2021');
  await page.locator('.grid-row', { hasText: 'pingtan-2021.html' }).first().locator('a').click();
  const review = page.getByTestId('review');
  await expect(review).toBeVisible();
  await review.getByRole('button', { name: '关联其他报告…' }).click();
  const modal = page.locator('.modal');
  await modal.getByLabel('全文检索', { exact: false }).fill('芙蓉街道');
  await modal.locator('tr', { hasText: '004_43d0b42a4a6d771f.txt' }).getByRole('button', { name: '关联' }).click();
  const related = review.locator('.sec', { hasText: '同一机关的其他报告' });
  await expect(related.locator('li', { hasText: '人工关联' })).toHaveCount(1);
  await related.locator('li', { hasText: '人工关联' }).getByRole('button', { name: '不是同一机关' }).click();
  await expect(related.locator('li', { hasText: '人工关联' })).toHaveCount(0);
});

test('a finding is dismissed with a reason, and the dismissal can be undone', async ({ page, server }) => {
  await page.goto(server.url);
  await page.getByPlaceholder('全文检索').fill('芙蓉街道');
  await page.locator('.grid-row', { hasText: REPORT_004 }).locator('a').click();
  const review = page.getByTestId('review');
  const item = review.getByTestId('findings').locator('li[data-rule="T3-BALANCE"]').first();
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: '排除' }).click();
  const modal = page.locator('.modal');
  await modal.getByRole('button', { name: '排除' }).click();
  await expect(modal).toContainText('请填写排除理由');
  await modal.locator('textarea').fill('原表如此，已电话核实');
  await modal.getByRole('button', { name: '排除' }).click();
  await expect(item).toHaveClass(/decided/);
  await expect(item).toContainText('已排除（李审核：原表如此，已电话核实）');
  await expect(review.getByTestId('history')).toContainText('排除问题：原表如此，已电话核实');
  await item.getByRole('button', { name: '撤销' }).click();
  await expect(item).not.toHaveClass(/decided/);
});
