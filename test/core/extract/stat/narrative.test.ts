import { describe, expect, it } from 'vitest';
import { normalize } from '../../../../src-main/core/normalize/index.js';
import { readNarrative } from '../../../../src-main/core/extract/stat/narrative.js';

function read(text: string, year?: number) {
  const r = readNarrative(normalize(text).text, year);
  return Object.fromEntries(r.hits.map((h) => [h.key, h.approx ? `~${h.value}` : h.value]));
}

describe('readNarrative (sentences of real pre-2019 reports)', () => {
  it('reads figures stated after their label', () => {
    expect(read('2017年,我区累计主动公开政府信息663条,全文电子化率为100%。')).toEqual({ 'stat.proactive': 663 });
    expect(read('2017年全年柳北區人民政府收到依申請公開政府信息申請數10件,其中按時辦結8件,延期辦結2件,同意公開答復數4件,同意部分公開答復數1件,不同意公開答復數2件,不屬于本行政機關公開數2件,告知通過其他途徑辦理數1件。')).toEqual({
      'stat.apply.received': 10,
      'stat.apply.on_time': 8,
      'stat.apply.extended': 2,
      'stat.answer.granted': 4,
      'stat.answer.partial': 1,
      'stat.answer.refused': 2,
      'stat.answer.not_this_agency': 2,
      'stat.answer.other_channel': 1,
    });
    expect(read('通过区政府网站公开信息2890条,其中政府文件75条。通过德馨顺城微博发布信息1910条,顺城区政府办公室微信发布信息624条。')).toEqual({
      'stat.channel.website': 2890,
      'stat.channel.weibo': 1910,
      'stat.channel.wechat': 624,
    });
  });

  it('reads common wordings of the totals', () => {
    expect(read('全年主动公开政府信息共计1,234条。')).toEqual({ 'stat.proactive': 1234 });
    expect(read('本年度共受理依申请公开政府信息12件。')).toEqual({ 'stat.apply.received': 12 });
    expect(read('因政府信息公开申请行政复议案件1件,提起行政诉讼2件。')).toEqual({ 'stat.review.total': 1, 'stat.suit.total': 2 });
    expect(read('本年度未收到公民、法人和其他组织提出的政府信息公开申请。')).toEqual({ 'stat.apply.received': 0 });
    expect(read('没有发生针对本机关政府信息公开的行政复议案件和行政诉讼案件。')).toEqual({ 'stat.review.total': 0, 'stat.suit.total': 0 });
    expect(read('依申请公开收取费用0元。')).toEqual({ 'stat.fees': 0 });
    expect(read('全年未发生因政府信息公开产生申请行政复议或者提起行政诉讼的情况。')).toEqual({ 'stat.review.total': 0, 'stat.suit.total': 0 });
    expect(read('目前我乡尚未收到政府信息公开申请。')).toEqual({ 'stat.apply.received': 0 });
  });

  it('reads figures stated before their label', () => {
    expect(read('均按规定及时予以反馈,其中1件不是《条例》所指政府信息,7件不属于本行政机关公开范围。')).toEqual({
      'stat.refused.not_gov_info': 1,
      'stat.answer.not_this_agency': 7,
    });
    expect(read('2017年,我區有1起針對有關政府信息公開事務的行政復議案件。')).toEqual({ 'stat.review.total': 1 });
  });

  it('reads "none" sentences as 0', () => {
    expect(read('2017年全区没有关于政府信息公开事务的行政复议和行政诉讼。')).toEqual({ 'stat.review.total': 0, 'stat.suit.total': 0 });
    expect(read('2017年全区未有对依申请公开的收费情况。')).toEqual({ 'stat.fees': 0 });
    expect(read('2015年未收到信息公开的申请。')).toEqual({ 'stat.apply.received': 0 });
    expect(read('本单位没有向依申请公开对象收取复印、传真、递送等任何费用')).toEqual({ 'stat.fees': 0 });
  });

  it('reads figures in 万, approximate when rounded', () => {
    expect(read('全年主动公开政府信息1.2万条。')).toEqual({ 'stat.proactive': '~12000' });
    expect(read('全年主动公开政府信息2万余条。')).toEqual({ 'stat.proactive': '~20000' });
    expect(read('全年主动公开政府信息3万条。')).toEqual({ 'stat.proactive': 30000 });
    expect(read('全年主动公开政府信息三万余条。')).toEqual({ 'stat.proactive': '~30000' });
    const text = normalize('主动公开政府信息1.2万条').text;
    const h = readNarrative(text).hits[0];
    expect(text.slice(h.start, h.end)).toBe('1.2万');
  });

  it('marks approximate and Chinese-numeral figures', () => {
    expect(read('共主动公开政府信息四十余条。')).toEqual({ 'stat.proactive': '~40' });
    expect(read('主动公开政府信息3500余条')).toEqual({ 'stat.proactive': '~3500' });
    // 多 after the figure is 余: "755多条"; generic words listed with 信息 still mean all of it
    expect(read('2017年,主动公开政府信息、动态120多条。', 2017)).toEqual({ 'stat.proactive': '~120' });
    expect(read('2017年,主动公开政府工作信息80多条。', 2017)).toEqual({ 'stat.proactive': '~80' });
    expect(read('主动公开财政信息、动态12条。')).toEqual({});
  });

  it('keeps figures of other things out, and drops a key whose sentences disagree', () => {
    expect(read('区政府网站公开本级政策解读信息10条。全年共受理各类咨询、建议32件。')).toEqual({});
    expect(read('全年主动公开财政预决算信息12条。')).toEqual({});
    expect(read('2008年,我局在行政复议或者行政诉讼中确认违法行为。')).toEqual({});
    expect(read('目前尚未审结的行政复议案件。')).toEqual({});
    // parts of the whole are not the total
    expect(readNarrative('各部门主动公开政府信息1822条,各乡镇主动公开政府信息1638条。').hits).toEqual([]);
    const r = readNarrative('全年主动公开政府信息1822条。本年度主动公开政府信息1638条。');
    expect(r.hits).toEqual([]);
    expect(r.conflicts).toEqual(['stat.proactive']);
  });

  it('points each figure’s span at its digits', () => {
    const text = normalize('收到依申请公开政府信息申请数10件').text;
    const h = readNarrative(text).hits[0];
    expect(text.slice(h.start, h.end)).toBe('10');
  });
});

describe('figures given by reference ("均为信函申请")', () => {
  it('repeats the referenced figure in the same sentence only', () => {
    expect(read('2017年我區共受理依申請公開2件,均為信函申請,現已全部辦結。')).toEqual({
      'stat.apply.received': 2,
      'stat.apply.letter': 2,
      'stat.apply.completed': 2,
    });
    expect(read('2017年我区共受理依申请公开2件。其他工作均为信函申请以外的事项,现已全部办结。')).toEqual({ 'stat.apply.received': 2 });
  });
});

// Wordings of pre-2019 reports the corpus does not have, and look-alikes that must give no figure.
describe('readNarrative: other real wordings', () => {
  it.each([
    ['全年共受理政府信息公开申请12件。', { 'stat.apply.received': 12 }],
    ['本年度共收到申请15件，其中当面申请3件，网上申请10件，信函申请2件。', { 'stat.apply.received': 15, 'stat.apply.in_person': 3, 'stat.apply.online': 10, 'stat.apply.letter': 2 }],
    ['全年共接到政府信息公开申请5件，其中网上申请3件，传真申请2件。', { 'stat.apply.received': 5, 'stat.apply.online': 3, 'stat.apply.fax': 2 }],
    ['全年未发生因政府信息公开引起的行政复议、行政诉讼。', { 'stat.review.total': 0, 'stat.suit.total': 0 }],
    ['本年度无政府信息公开行政复议和行政诉讼。', { 'stat.review.total': 0, 'stat.suit.total': 0 }],
    ['没有收取任何费用。', { 'stat.fees': 0 }],
    ['2017年未发生政府信息公开收费及减免情况。', { 'stat.fees': 0 }],
    ['全年共发布各类信息四十余条。', { 'stat.proactive': '~40' }],
    ['本年度主动公开政府信息二百三十条。', { 'stat.proactive': 230 }],
    ['2017年度，我局未收到政府信息公开申请，未发生因政府信息公开引起的行政复议、行政诉讼，没有收取任何费用。', { 'stat.apply.received': 0, 'stat.review.total': 0, 'stat.suit.total': 0, 'stat.fees': 0 }],
    // a "none" since the start holds for the report year too
    ['我局开展政府信息公开工作以来，对依申请提供政府信息未收取检索、复印、邮寄等费用。', { 'stat.fees': 0 }],
  ] as const)('%s', (text, want) => expect(read(text, 2017)).toEqual(want));

  it('reads channel counts written as 公开信息数 / 公开数, and other ways none of which the table counts', () => {
    expect(read('2017年度我乡共主动公开政府信息113条，政府网站公开信息数71条，政务微信公开数63条。', 2017)).toEqual({
      'stat.proactive': 113, 'stat.channel.website': 71, 'stat.channel.wechat': 63,
    });
    expect(read('通过政府网站公开政府信息1600条；利用宣传车、公开栏等方式公开各类政府信息453条。', 2017)).toEqual({
      'stat.channel.website': 1600, 'stat.channel.other': 453,
    });
    expect(read('通过其他方式公开信息12条。', 2017)).toEqual({ 'stat.channel.other': 12 });
    // ways that include a channel the table counts on its own line are not 其他
    expect(read('通过报刊、政府网站等方式公开各类政府信息453条。', 2017)).toEqual({});
  });

  it('reads requests counted before the noun ("收到12起政府信息依申请公开")', () => {
    expect(read('2017年，我局收到12起政府信息依申请公开，均严格按程序办理。', 2017)).toEqual({ 'stat.apply.received': 12 });
    expect(read('全年共受理3件政府信息公开申请。', 2017)).toEqual({ 'stat.apply.received': 3 });
    expect(read('全年收到3起行政复议申请。', 2017)).toMatchObject({ 'stat.review.total': 3 });
    expect(read('全年收到3起行政复议申请。', 2017)).not.toHaveProperty('stat.apply.received');
  });

  it('reads 资讯 (a traditional copy\'s word for 信息) like 信息', () => {
    expect(read('2017年，主動公開政府資訊426條，受理依申請公開政府資訊1件。', 2017)).toEqual({ 'stat.proactive': 426, 'stat.apply.received': 1 });
  });

  it('reads "none" fees stated with 对…收取', () => {
    expect(read('我乡自开展政府信息公开工作以来，暂未对依申请提供政府信息收取检索、复印、邮寄等费用。', 2017)).toEqual({ 'stat.fees': 0 });
  });

  it('reads channels and answers in their other wordings', () => {
    expect(read('全年共主动公开政府信息1523条，其中，通过政府网站公开1200条，通过政府公报公开50条。', 2017)).toEqual({
      'stat.proactive': 1523, 'stat.channel.website': 1200, 'stat.channel.gazette': 50,
    });
    expect(read('同意公开8件，同意部分公开2件，不予公开1件，属于已主动公开范围3件，信息不存在2件，非本机关掌握1件。', 2017)).toEqual({
      'stat.answer.granted': 8, 'stat.answer.partial': 2, 'stat.answer.refused': 1, 'stat.answer.already_public': 3,
      'stat.answer.not_exist': 2, 'stat.answer.not_this_agency': 1,
    });
    expect(read('其中2件申请的信息不存在。', 2017)).toEqual({ 'stat.answer.not_exist': 2 });
    expect(read('不予公开的信息范围包括国家秘密。网站公开栏目3个。', 2017)).toEqual({});
  });

  it('reads staff, meetings, training and complaints', () => {
    expect(read('我局现有政府信息公开工作人员5名，其中专职2名，兼职3名。', 2017)).toEqual({ 'stat.org.staff': 5, 'stat.org.staff_full': 2, 'stat.org.staff_part': 3 });
    expect(read('全年召开政府信息公开工作会议3次，举办培训班2期，参训人员150人次。', 2017)).toEqual({
      'stat.training.meetings': 3, 'stat.training.classes': 2, 'stat.training.trainees': 150,
    });
    expect(read('全年未收到政府信息公开方面的举报投诉。', 2017)).toEqual({ 'stat.complaints': 0 });
    // without the words of information disclosure or of training, a meeting or a head count is not one of these
    expect(read('培训200人次。召开会议5次。', 2017)).toEqual({});
  });

  it('takes no running total for the year’s figure', () => {
    expect(read('截至目前累计主动公开政府信息12345条。', 2017)).toEqual({});
    expect(read('自2008年以来，共主动公开政府信息5000余条。', 2017)).toEqual({});
    expect(read('历年累计主动公开政府信息8000条。', 2017)).toEqual({});
    expect(read('2017年共主动公开政府信息520条。截至2017年底，累计主动公开政府信息12345条。', 2017)).toEqual({ 'stat.proactive': 520 });
    expect(read('截至2017年底，我局累计主动公开政府信息12345条，其中2017年主动公开政府信息520条。', 2017)).toEqual({ 'stat.proactive': 520 });
    // since the start of the report year is the year's figure
    expect(read('今年以来，共受理政府信息公开申请12件。', 2017)).toEqual({ 'stat.apply.received': 12 });
    expect(read('2017年以来，我局主动公开政府信息520条。', 2017)).toEqual({ 'stat.proactive': 520 });
    expect(read('2008年以来，我局主动公开政府信息5200条。', 2017)).toEqual({});
    // "累计" alone is the year's total
    expect(read('2017年,我区累计主动公开政府信息663条。', 2017)).toEqual({ 'stat.proactive': 663 });
  });

  it('takes no other year’s figure', () => {
    expect(read('2016年收到政府信息公开申请8件，2017年收到政府信息公开申请12件。', 2017)).toEqual({ 'stat.apply.received': 12 });
    expect(read('2016年共受理政府信息公开申请8件。', 2017)).toEqual({});
    expect(read('去年受理政府信息公开申请8件，今年受理政府信息公开申请12件。', 2017)).toEqual({ 'stat.apply.received': 12 });
    expect(read('与上年相比，本年度共受理政府信息公开申请12件。', 2017)).toEqual({ 'stat.apply.received': 12 });
    expect(read('我局2017年未收到依申请公开政府信息的申请，2016年收到申请2件。', 2017)).toEqual({ 'stat.apply.received': 0 });
    // a year in a quoted title dates nothing
    expect(read('根据《2016年政务公开工作要点》要求，共受理政府信息公开申请12件。', 2017)).toEqual({ 'stat.apply.received': 12 });
    // without a report year, two years' figures disagree and neither is taken
    expect(readNarrative('2016年收到政府信息公开申请8件，2017年收到政府信息公开申请12件。').conflicts).toEqual(['stat.apply.received']);
  });

  it('takes no figure of another thing that looks alike', () => {
    expect(read('与去年相比，受理申请增加5件。', 2017)).toEqual({});
    expect(read('全年收到咨询申请30件。', 2017)).toEqual({});
    expect(read('通过政府网站共发布信息800条。', 2017)).toEqual({ 'stat.channel.website': 800 });
    expect(read('全年共办理依申请公开事项6件。', 2017)).toEqual({});
  });

  it('takes no other kind of application for a disclosure request', () => {
    for (const t of ['全年共受理行政审批申请1500件。', '全年收到群众信访申请20件。', '共受理行政许可申请326件。', '收到人大代表建议和政协提案申请12件。', '全年共受理政务服务事项申请2000件。']) {
      expect(read(t, 2017), t).toEqual({});
    }
  });
});


describe('readNarrative: none to date, and a negation over a list', () => {
  it('keeps a "none" sentence about now even when it opens with an earlier year', () => {
    expect(read('自2008年度起,我局明确了依申请公开的受理机构,公布了办公时间,目前没有收到政府信息公开申请。', 2009)).toEqual({
      'stat.apply.received': 0,
    });
    // without 目前 the earlier year still dates it
    expect(read('2008年,我局没有收到政府信息公开申请。', 2009)).toEqual({});
  });

  it('applies a negation to each item of a list joined by 及/和/或', () => {
    expect(read('2012年,我局未收到政府信息公开投诉及因政府信息公开提起行政诉讼和行政申诉情况。', 2012)).toEqual({
      'stat.complaints': 0,
      'stat.suit.total': 0,
    });
    // a list not under a negation gives nothing
    expect(read('2012年,我局收到投诉及因政府信息公开提起行政诉讼的情况另行说明。', 2012)).toEqual({});
  });
});
