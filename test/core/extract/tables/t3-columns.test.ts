import { describe, expect, it } from 'vitest';
import { compactOf } from '../../../../src-main/core/extract/tables/compact.js';
import { t3Columns } from '../../../../src-main/core/extract/tables/t3-columns.js';

const cols = (header: string, piped: boolean) => {
  const c = compactOf(header);
  return t3Columns(c, 0, c.text.length, piped, header);
};

describe('t3Columns', () => {
  it('the template order, and headers that do not name all five columns once, read as the template', () => {
    expect(cols('申请人情况 | 自然人 | 法人或其他组织 | 总计\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他', true)).toEqual({ kind: 'template' });
    // huaian-2024-raw: PDF order with wrapped names ('法律服务 其他 机构')
    expect(cols('法人或其他组织\n自然人\n商业企\n业\n科研机\n构\n社会公益\n组织\n总计\n法律服务\n其他\n机构', false)).toEqual({ kind: 'template' });
  });
  it('another order: mapped in " | " text and on one line of layout text; doubtful one name per line', () => {
    const mapped = { kind: 'mapped', order: [0, 4, 5, 1, 2, 3, 6] };
    expect(cols('自然人 | 法人或其他组织 | 总计\n法律服务机构 | 其他 | 商业企业 | 科研机构 | 社会公益组织', true)).toEqual(mapped);
    expect(cols('自然人    法人或其他组织    总计\n   法律服务机构   其他   商业企业   科研机构   社会公益组织', false)).toEqual(mapped);
    expect(cols('法律服务机构\n\n其他\n\n商业企业\n\n科研机构\n\n社会公益组织', false)).toMatchObject({ kind: 'doubtful' });
  });
});
