import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { findAgencyInBody, findFrequentName, ownerOf, topSelfReference } from '../../../../src-main/core/extract/metadata/agency.js';

const body = (t: string) => findAgencyInBody(normalize(t).text)?.name;

describe('agency in the body', () => {
  it('reads 由…编制 and cleans spam before the name', () => {
    expect(body('本报告是根据《条例》要求,由北京市水务局编制的2008年度政府信息公开年度报告。')).toBe('北京市水务局');
    expect(body('本工作报告根据《条例》和上级政务公开要求,由365体育投注:芙蓉街道办事处编制,所列工作')).toBe('芙蓉街道办事处');
  });

  it('names the body whose disclosure office compiled the report', () => {
    expect(body('本报告由南平市人民政府信息公开工作领导小组办公室根据《条例》要求,汇总各部门情况编制而成。')).toBe('南平市人民政府');
    expect(body('由伊宁县人民政府办公室编制。')).toBe('伊宁县人民政府办公室');
  });

  it('names the township whose internal office or section compiled the report', () => {
    expect(body('按照要求,由某某市某某区人民政府某桥街道党政办公室综合科编制。全文包括')).toBe('某某市某某区人民政府某桥街道');
    expect(body('本报告由某某镇党政办公室编制。')).toBe('某某镇');
    expect(ownerOf('某某市人民政府办公室文电科')).toBe('某某市人民政府办公室');
    expect(ownerOf('某某县人民政府办公室')).toBe('某某县人民政府办公室');
  });

  it('reads the opening sentence of 总体情况', () => {
    expect(body('一、总体情况\n2021年,保山市卫生健康委员会以习近平新时代中国特色社会主义思想为指引')).toBe('保山市卫生健康委员会');
    expect(body('一、总体情况\n2019年,揭东分局在区委、区政府和上级公安机关的正确领导下')).toBe('揭东分局');
    expect(body('一、概述\n2012年,在国务院办公厅的指导下,全面推进')).toBeUndefined();
  });

  it('names the body a report repeats when it has no title, of the kind it calls itself', () => {
    const text = normalize('結合我區實際。順城區政府網站。順城區政務公開制度。我區已形成。順城區廣播電臺。').text;
    expect(findFrequentName(text)?.name).toBe('顺城区');
    // 我局 reports name a bureau, not the county the bureau is in
    const bureau = '黄龙县发布。我局按照。黄龙县宣传。我局公开。黄龙县群众。';
    expect(findFrequentName(bureau)).toBeUndefined();
    expect(topSelfReference(bureau)?.name).toBe('我局');
  });

  it('does not take a place every mention of which goes on into a longer name', () => {
    const text = '结合某某市某滨区某河街道各科室的实际。请联系:某某市人民政府某河街道办事处。地址:某某市某东区某江北路18号。';
    expect(findFrequentName(text)?.name).not.toBe('某某市');
    // a place also named on its own is still counted
    expect(findFrequentName('某某市推进公开。某某市某滨区的群众。某某市的道路。')?.name).toBe('某某市');
  });

  it('counts a name before 长 when the 长 opens a place name, not a title', () => {
    const text = '我街道推进公开。地址：长河街道长江北路18号。通过长河街道微信公众号发布。我街道没有收费。';
    expect(findFrequentName(text)).toMatchObject({ name: '长河街道', rule: 'own-name' });
    // 镇长 is a title: "由镇" is no name
    expect(findFrequentName('由镇长负责。由镇长牵头。由镇长审定。')).toBeUndefined();
  });

  it('takes 本街道 / 本镇 as self-references that set the kind of the name', () => {
    expect(topSelfReference('本街道推进公开。本街道没有收费。')?.name).toBe('本街道');
    expect(topSelfReference('本镇推进公开。我镇没有收费。')?.name).toBe('本镇');
    // 本市 may be the city a district sits in
    expect(topSelfReference('本市推进公开。本市没有收费。')).toBeUndefined();
    // of the kind 街道: the district it sits in is not taken
    expect(findFrequentName('本街道推进公开。某某区的群众。某某区的道路。某某区的学校。本街道没有收费。')).toBeUndefined();
  });

  it('takes a single mention about the body\'s own work when it is the only name of the kind the report calls itself', () => {
    expect(findFrequentName('我镇推进公开。进一步健全完善某山镇信息公开工作机制。我镇没有收费。')).toMatchObject({ name: '某山镇', rule: 'own-name' });
    expect(findFrequentName('根据通知要求,某某县市场监督管理局结合单位实际,编制本单位年度报告。我局公开信息。我局没有收费。')?.name).toBe(
      '某某县市场监督管理局',
    );
    expect(findFrequentName('我旗推进公开。推动全旗政府信息公开。截至年底,某某前旗政府网站发布信息。我旗没有收费。')?.name).toBe('某某前旗');
    // not about its own work
    expect(findFrequentName('我镇推进公开。来自某山镇的群众。我镇没有收费。')).toBeUndefined();
    // two names of that kind: which is the body's is not clear
    expect(findFrequentName('我镇推进公开。完善某山镇信息公开工作机制。某水镇信息公开工作也很好。我镇没有收费。')).toBeUndefined();
    // without a self-reference nothing says which kind of name is the body's
    expect(findFrequentName('推进公开。完善某山镇信息公开工作机制。')).toBeUndefined();
    // 设在旗…, 由局…: a bare ending is no name
    expect(findFrequentName('我局推进公开。信息公开工作由局办公室牵头。我局没有收费。')).toBeUndefined();
  });

  it('takes the name a report calling itself 我乡 uses for its own rules and channels, even mentioned twice', () => {
    const text = '我乡推进公开。制定了《某营乡信息公开保密审查机制》等制度，并通过某营乡微信公众号发布信息。我乡没有收费。';
    expect(findFrequentName(text)).toMatchObject({ name: '某营乡', rule: 'own-name' });
    // twice in passing, in no context of its own: not enough
    expect(findFrequentName('我乡推进公开。某营乡的群众。某营乡的道路。我乡没有收费。')).toBeUndefined();
    // a notice of another body in 《》 is not the body naming itself, nor a name of another kind
    expect(findFrequentName('我乡推进公开。根据《某营乡关于转发通知的通知》。某营乡的道路。我乡没有收费。')).toBeUndefined();
    expect(findFrequentName('我局推进公开。通过某某县门户网站发布。某某县的群众。我局没有收费。')).toBeUndefined();
  });

});

describe('agency in the body: kinds of bodies and openings the corpus does not show', () => {
  it.each([
    ['一、总体情况\n2022年，某某街道办事处坚持以习近平新时代中国特色社会主义思想为指导。', '某某街道办事处'],
    ['一、总体情况\n2022年，某某经济开发区管委会深入贯彻落实《条例》。', '某某经济开发区管委会'],
    ['一、总体情况\n2021年，某某县发展和改革局认真贯彻落实《条例》要求。', '某某县发展和改革局'],
    ['一、总体情况\n2022年，某某市公安局某某分局严格按照《条例》要求。', '某某市公安局某某分局'],
    ['一、总体情况\n2022年，某某乡人民政府紧紧围绕中心工作。', '某某乡人民政府'],
    ['一、总体情况\n二〇二二年，某某市生态环境局持续深化政务公开。', '某某市生态环境局'],
    // the adverbial of leadership before the name
    ['一、总体情况\n2022年，在县委、县政府的正确领导下，某某镇人民政府深入推进政务公开。', '某某镇人民政府'],
    ['本报告由某某镇人民政府根据《条例》要求编制。', '某某镇人民政府'],
  ])('%s', (text, name) => expect(body(text)).toBe(name));

  it('reads the byline only when it names a body of the kind the report calls itself', () => {
    expect(body('来源：某某县交通运输局 发布时间：2022-01-20\n一、总体情况\n我局认真落实。我局公开信息。')).toBe('某某县交通运输局');
    // the portal's owner is not a 局
    expect(body('来源：某某县人民政府办公室 发布时间：2022-01-20\n一、总体情况\n我局认真落实。我局公开信息。')).toBeUndefined();
    // a byline with no self-reference to check it against says nothing
    expect(body('来源：某某县人民政府办公室\n一、概述\n全年公开信息。')).toBeUndefined();
    expect(body('发文机关：某某县卫生健康局\n一、总体情况\n我局认真落实。我局公开。')).toBe('某某县卫生健康局');
    expect(body('数据来源：某某县统计局\n我局认真落实。我局公开。')).toBeUndefined();
  });

  it('reads the report\'s contact only when it names a body of the kind the report calls itself', () => {
    const head = '如对本报告有疑问，请联系：某某市某某区人民政府某河街道办事处；联系电话：0571-1234。';
    expect(body(`${head}\n一、总体情况\n本街道认真落实。本街道公开信息。`)).toBe('某某市某某区人民政府某河街道办事处');
    expect(body('如对本报告有任何疑问，请与某某市人民政府办公室文电科联系。我办认真落实。我办公开信息。')).toBe('某某市人民政府办公室');
    // a district's contact office is not the district
    expect(body('如对本报告有疑问，请与某某区人民政府办公室联系。我区认真落实。我区公开信息。')).toBeUndefined();
    expect(body(head)).toBeUndefined();
  });

  it('takes no name from a leadership phrase alone', () => {
    expect(body('一、总体情况\n2022年，在县委、县政府的正确领导下，我镇深入推进政务公开。')).toBeUndefined();
  });
});


describe('agency: spam, internal offices, contact lines, openings', () => {
  it('keeps only the body after spam inside a name, the last body of a chain, else nothing', () => {
    expect(body('一、总体情况\n2020年,在区委、区政府的正确领导下,某某博彩官网区人民政府某某街道办事处认真贯彻落实《条例》')).toBe(
      '某某街道办事处',
    );
    expect(body('一、总体情况\n2020年,某某博彩官网区人民政府认真贯彻落实《条例》')).toBeUndefined();
  });

  it('names the township government whose internal office (with a bracketed other name) compiled the report', () => {
    expect(body('按照要求,由某某县某某镇人民政府综合信息指挥室(党政综合办公室)负责编制本报告。')).toBe('某某县某某镇人民政府');
    expect(ownerOf('某某县某镇镇人民政府党政综合办公室')).toBe('某某县某镇镇人民政府');
    expect(ownerOf('某某县人民政府办公室')).toBe('某某县人民政府办公室');
  });

  it('reads the contact line when it names a township government\'s internal office', () => {
    expect(body('本报告可通过某某县人民政府门户网站查阅。如需咨询,请与某某县某某镇人民政府党政办公室联系。')).toBe('某某县某某镇人民政府');
    expect(body('如对本报告有任何疑问,请联系:某某县某镇镇人民政府党政综合办公室,邮编:000000')).toBe('某某县某镇镇人民政府');
    // a contact office of another kind may be the parent's: not read as the body
    expect(body('如需咨询,请与某某县人民政府办公室联系。')).toBeUndefined();
  });

  it('reads 由…结合…编制 and the opening "某某乡政府信息公开工作在…"', () => {
    expect(body('本报告由某某镇人民政府结合有关统计数据编制。')).toBe('某某镇人民政府');
    expect(body('一、总体情况\n2021年,某某乡政府信息公开工作在县委、县政府的正确领导下,严格按照')).toBe('某某乡');
    expect(body('一、总体情况\n2021年,全县政府信息公开工作在县委的领导下')).toBeUndefined();
  });

  it('names a street that calls itself 我街 once and names itself in its own rules', () => {
    const text = normalize('我街按照要求开展工作,制定了《某桥街道政府信息依申请公开工作方案》。全年公开信息。').text;
    expect(findFrequentName(text)?.name).toBe('某桥街道');
  });
});

describe('frequent name: a parent does not outvote the body going on from it', () => {
  it('prefers the longer body name that holds most of the parent\'s mentions', () => {
    const text = normalize('本报告可通过某某县人民政府门户网站查阅。请与某某县凤凰镇人民政府党政办公室,某某县凤凰镇人民政府,电话').text;
    expect(findFrequentName(text)?.name).toBe('某某县凤凰镇');
    // a county's report naming one of its towns twice among many mentions of itself stays the county's
    const county = normalize('某某县政府。某某县发展。某某县公开。某某县凤凰镇工作。某某县凤凰镇会议。某某县人民。').text;
    expect(findFrequentName(county)?.name).toBe('某某县');
  });
});
