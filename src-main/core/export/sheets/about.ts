// 导出说明: what the workbook holds and how to read it, for whoever receives the file.
import { STATUS_LABEL } from '../labels.js';
import type { ReportFilter } from '../report-source.js';
import { SheetWriter } from '../sheet-writer.js';
import type { SheetContext } from './common.js';

export function describeFilter(filter: ReportFilter): string {
  const status = filter.status ? STATUS_LABEL[filter.status] : filter.all ? '全部状态' : STATUS_LABEL.approved;
  return filter.year === undefined ? `${status}的报告` : `${filter.year}年度${status}的报告`;
}

export function writeAboutSheet(ctx: SheetContext, info: { filter: ReportFilter; exportedAt: Date; reports: number }): void {
  const sheet = new SheetWriter(ctx.wb, '导出说明', [
    { header: '项目', kind: 'text', width: 16 },
    { header: '说明', kind: 'longtext', width: 90 },
  ], { autoFilter: false });
  const beijing = new Date(info.exportedAt.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
  const lines: Array<[string, string]> = [
    ['导出范围', describeFilter(info.filter)],
    ['报告数', `${info.reports} 份`],
    ['导出时间', `${beijing}（北京时间）`],
    ['数值来源', '各表数值为审核后的数值：审核人修改过的以修改后的值为准，其余为自动提取值。'],
    ['黄色底纹', '审核人修改过的数值；单元格批注写明原提取值、修改人和修改时间。全部修改见“修改记录”表。'],
    ['约数', '原文写作“××余”的数值按××填入，单元格批注注明“原文为约数”。'],
    ['空白单元格', '报告未填写该项，或该格式的报告没有该项。'],
    ['表二', '2021年版与2019年版的表二栏目不同；标注“（2021版）”“（2019版）”的列只适用于该格式的报告。'],
    ['表三', '每份报告每个项目一行，可按“项目”筛选比较；表末“合计”按项目把所有报告相加。超过一百万行时续在“表三（续1）”等表中，各表末尾为本表合计。'],
    ['统计表（2019年前）', '2019年以前旧条例时期报告所附统计指标。'],
    ['合计行', '合计行为求和公式（含筛选隐藏的行），修改数值后会自动重新计算。'],
    ['时间', '审核时间、处理时间、修改时间均为北京时间。'],
  ];
  for (const line of lines) sheet.addRow(line);
  sheet.commit();
}
