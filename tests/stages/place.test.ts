// Place names read from text (describe/gazetteer.ts placeNames) and the place an article gets
// (describe/place.ts findPlace), on the cases web copies and county papers print.
import { describe, expect, it } from 'vitest';
import { placeNames } from '../../src/normalize/describe/gazetteer.ts';
import { findPlace } from '../../src/normalize/describe/place.ts';
import { normalizeText } from '../helpers.ts';

describe('placeNames', () => {
  it('reads no place into a company name that begins with one', () => {
    expect(placeNames('县长会见了北京博远恒信生物技术研究所负责人、上海锦程集团董事长。')).toEqual([]);
    expect(placeNames('调研组走访重庆瑞丰股份有限公司、重庆綦禾农产品开发有限责任公司。')).toEqual([]);
    // a government body or a place the report went to still counts
    expect(placeNames('考察团赴北京市通州区考察，北京市通州区委书记介绍情况。')).toEqual([
      '北京市',
      '通州区',
      '北京市',
      '通州区',
    ]);
  });

  it('reads an autonomous prefecture or county by its usual form (凉山州, 通道县)', () => {
    expect(placeNames('凉山州委书记到昭觉县调研')).toEqual(['凉山州', '昭觉县']);
    expect(placeNames('湖南通道县台办干部驻村蹲点')).toEqual(['湖南', '通道县']);
  });

  it('reads a one-character county only where it stands as a word', () => {
    expect(placeNames('各乡镇积极响应县委号召')).toEqual([]);
    expect(placeNames('调研组来到道县调研')).toEqual(['道县']);
  });

  it('reads no county into the tail of a town’s name (天镇 in 晓天镇)', () => {
    expect(placeNames('调研组来到晓天镇调研')).toEqual([]);
    expect(placeNames('调研组来到天镇调研')).toEqual(['天镇']);
  });
});

describe('findPlace', () => {
  it('does not place a county report in Beijing for the Beijing companies it names', () => {
    const paragraphs = [
      '3月18日，我县举办重点项目集中签约活动，北京博远恒信生物技术研究所、北京康泰医药有限公司等八家企业签约。',
      '北京泰和建设集团董事长出席签约活动。',
    ];
    expect(findPlace('我县举办重点项目集中签约活动', paragraphs).place).toBeNull();
  });

  it('places a report on a county by the usual form of its name', () => {
    expect(findPlace('通道县台办：干部驻村蹲点解民忧', ['通道县台办干部深入村组走访。']).place).toBe('通道侗族自治县');
  });

  it('places a tour of several counties of one city, named alike, at the city', () => {
    const paragraphs = [
      '6月14日，州政协副主席到西畴县、麻栗坡县、马关县调研三七产业发展工作。',
      '调研组先后深入西畴县兴街镇、麻栗坡县天保镇、马关县八寨镇，察看三七种植基地。',
    ];
    expect(findPlace('州政协领导到3县调研三七产业', paragraphs).place).toBe('文山壮族苗族自治州');
  });

  it('places a short report naming one place, even once, there', () => {
    expect(findPlace('', ['近日，村民在田间劳作。', '山南市浪卡子县堆瓦村海拔约5070米。']).place).toBe('浪卡子县');
    // two unrelated places named once each: neither is prominent
    expect(findPlace('', ['近日，村民在田间劳作。', '浪卡子县和沭阳县的干部交流了经验。']).place).toBeNull();
  });

  it('reads a place name through the pinyin some sites print after characters', () => {
    expect(placeNames('慶陽市鎮（zhèn）原縣人民法院')).toEqual(['庆阳市', '镇原县']);
  });

  it('places a report naming only towns in the county whose towns they are, passing over shared names', () => {
    // 城关镇 and 汤池镇 are the names of towns in many counties; 晓天镇 only 舒城县 has
    const paragraphs = ['9月10日，调研组一行先后赴城关镇、晓天镇调研。', '调研组还走访了汤池镇的种植大户。'];
    expect(findPlace('', paragraphs).place).toBe('舒城县');
    expect(findPlace('', ['调研组先后赴城关镇、汤池镇调研。']).place).toBeNull();
  });

  it('places a report naming only its province and a town only one county has in that county', () => {
    // 临山镇 lies in 余姚市 (宁波市, 浙江省)
    const paragraphs = ['近年来，临山镇全力打造浙江省历史文化名镇。', '镇政府为各村文化中心户配备了图书。'];
    expect(findPlace('', paragraphs).place).toBe('余姚市');
    // a town of a county in another province says nothing
    expect(findPlace('', ['近年来，临山镇全力打造江苏省历史文化名镇。', '镇政府配备了图书。']).place).toBe('江苏省');
  });

  it('settles a district name two cities have by a town only one of them has', () => {
    // 通州区 is a district of 北京市 and of 南通市; 台湖镇 lies in Beijing's
    const place = findPlace('', ['通州区委常委一行来到台湖镇，调研秋收秋种工作。']);
    expect([place.place, place.city]).toEqual(['通州区', '北京市']);
  });

  it('reads a district by its bare stem only beside its city’s name', () => {
    expect(findPlace('', ['南京江宁将举办垃圾分类主题宣传周。', '江宁区城管局介绍了活动安排。']).place).toBe('江宁区');
    const stemOnly = findPlace('江宁举办垃圾分类主题宣传周', ['活动为期一周，各社区同步开展。']);
    expect(stemOnly.place).toBeNull();
    const place = findPlace('', ['近日，重庆市政协一行来到綦江调研。', '调研组察看了綦江的水库工程建设。']);
    expect([place.place, place.city]).toEqual(['綦江区', '重庆市']);
  });

  it('reads a banner by its usual short form (阿旗, 西乌旗), not a word that starts with 旗', () => {
    expect(placeNames('九三学社市委赴阿旗开展专题调研')).toEqual(['阿旗']);
    expect(findPlace('九三学社赤峰市委赴阿旗开展专题调研', ['调研组深入阿旗的嘎查调研。']).place).toBe('阿鲁科尔沁旗');
    expect(placeNames('盟政协一行深入西乌旗调研')).toEqual(['西乌旗']);
    expect(placeNames('雷克旗舰店开业')).toEqual([]);
  });

  it('does not take a county named once in passing for the subject of a report on its city', () => {
    const paragraphs = [
      '11月15日，省领导来到梅州市视察。梅州市委书记陪同。',
      '在梅州，省领导察看了梅州市的柚果产业，还到梅县区一个村了解情况。',
      '省领导对梅州的发展给予肯定，希望梅州再接再厉。',
    ];
    expect(findPlace('', paragraphs).place).toBe('梅州市');
  });

  it('settles a district name two cities have by the city the text names', () => {
    const place = findPlace('', [
      '北京市通州区于家务乡的农民喜获丰收。',
      '通州区农业部门介绍了今年的收成，北京市民前来采摘。',
    ]);
    expect([place.place, place.city]).toEqual(['通州区', '北京市']);
  });

  it('places a visit in the headline where the visitors went, not where they came from', () => {
    const paragraphs = [
      '5月9日，铜仁市政协考察团一行来到凤冈县，考察锌硒茶产业。',
      '考察团一行先后走访了生态茶园和茶叶加工厂。',
    ];
    expect(findPlace('铜仁市政协考察团来凤冈考察', paragraphs).place).toBe('凤冈县');
    // no place before the verb: the headline names the place as usual
    expect(findPlace('县长到湄潭县茶园调研', ['调研组察看了茶园。']).place).toBe('湄潭县');
  });

  it('places a headline about the whole province in the province its places lie in', () => {
    const paragraphs = [
      '2月26日，我省中小学开学。合肥市各校组织学生上好安全第一课。',
      '滁州市、淮南市、亳州市各校也开展了安全教育。',
    ];
    expect(findPlace('全省中小学开学 各校上好“安全第一课”', paragraphs).place).toBe('安徽省');
    // cities of several provinces, none holding most: no province
    const mixed = ['合肥市、郑州市、长沙市、南昌市的学校开学。'];
    expect(findPlace('全省中小学开学', mixed).place).toBeNull();
  });

  it('places a report that speaks as 我市 in the city it names, not a county it mentions', () => {
    const paragraphs = [
      '3月5日上午，市政协组织委员开展专题视察，先后前往滨海湿地公园和老城商业街。',
      '近年来，我市着力把滨海湿地公园建成城市客厅。',
      '委员们表示，将为温岭高质量发展建言献策。',
    ];
    expect(findPlace('市政协组织委员开展专题视察', paragraphs).place).toBe('温岭市');
    // speaking as 我市 and 我县 both: no home is read
    const both = [...paragraphs, '我县代表团也参加了活动。'];
    expect(findPlace('市政协组织委员开展专题视察', both).place).not.toBe('温岭市');
  });

  it('takes the outlet’s place as the home of a report speaking as 我市, never over the text', () => {
    const paragraphs = ['11月13日，省联络组向我市移交群众举报件3件。', '目前，湖北省各地均已完成交办。'];
    expect(findPlace('我市收到交办件3件', paragraphs, '鄂州日报').place).toBe('鄂州市');
    expect(findPlace('我市收到交办件3件', paragraphs).place).toBe('湖北省');
    // the outlet of another level than the text speaks as says nothing
    expect(findPlace('我县收到交办件3件', ['省联络组向我县移交举报件3件。'], '鄂州日报').place).toBeNull();
  });

  it('reads a traditional-character copy the same way (我縣, 來)', () => {
    const paragraphs = [
      '1月16日，北京市通州區考察團一行來我縣考察，通州區領導介紹了合作情況。',
      '考察團參觀了通州區與我縣共建的產業園，慶云縣領導陪同。',
    ];
    expect(findPlace('', paragraphs).place).toBe('庆云县');
    expect(findPlace('通州區考察團來湄潭考察', ['考察團一行參觀了茶園。']).place).toBe('湄潭县');
  });

  it('reads a short form a province shares with a namesake elsewhere as the province', () => {
    const paragraphs = ['受台风影响，海南多地停课停运。', '海口、文昌、琼海等市县启动应急响应，海南全力防御。'];
    expect(findPlace('海南全力防御台风', paragraphs).place).toBe('海南省');
    expect(findPlace('', ['青海省海南州共和县加快推进生态畜牧业发展。']).place).toBe('共和县');
  });
});

describe('a district named like a province', () => {
  const body = [
    '本网讯（记者王明）今天上午，副区长李强带领区应急局、公安河北分局、区市场监管局负责人检查节前安全工作。',
    '李强要求，各单位严格落实值班制度。',
  ];

  it('is the district where the report speaks of a district and its outlet names the city', () => {
    expect(findPlace('区领导开展节前安全检查', body, '天津新闻信息网')).toEqual({
      place: '河北区',
      city: '天津市',
      province: '天津市',
    });
  });

  it('stays the province without the city, or in a report that speaks of no district', () => {
    expect(findPlace('区领导开展节前安全检查', body).place).toBe('河北省');
    const coordination = ['天津市与北京、河北签署协同发展协议。', '三地将共建交通网络。'];
    expect(findPlace('京津冀协同发展再提速', coordination, '天津日报').place).not.toBe('河北区');
  });
});

describe('the home a web page names only in its footer', () => {
  it('places a report that speaks as 我县', () => {
    const page = [
      '市委调研组来我县调研',
      '',
      '14日，市委政研室副主任一行来我县调研。他表示，十堰正加快发展，这为我县带来新的机遇。',
      '',
      '© 2017 今日房县',
    ].join('\n');
    expect(normalizeText(page).articles.map((a) => [a.place, a.city])).toEqual([['房县', '十堰市']]);
  });
});

describe('a report that speaks as 我县 and names a visiting county too', () => {
  const visit = [
    '11月30日，河北省临城县县委书记带领党政考察团来我县参观考察。',
    '考察团一行先后到齐河物流产业园参观。县长主持座谈会，对临城县党政考察团表示欢迎。',
    '临城、齐河地缘相近，希望双方加强合作。',
  ];

  it('is placed in the county of its outlet’s city', () => {
    expect(findPlace('', visit, '德州新闻网').place).toBe('齐河县');
  });

  it('is not placed by 我县 alone when no outlet tells the two apart', () => {
    expect(findPlace('', visit).place).not.toBe('齐河县');
  });
});

describe('a headline that names a province over a body about one district in it', () => {
  const body = [
    '12月3日，几位老人在上海市静安区睦邻中心学习剪纸。',
    '上海市静安区以打造15分钟社区生活圈为目标，在全区建成了40个睦邻中心。',
  ];

  it('is about the district the body names again and again', () => {
    expect(findPlace('上海：提升社区服务 增强居民幸福感', body).place).toBe('静安区');
  });

  it('keeps the headline’s place for a piece on the whole of it, or a body naming one place once', () => {
    expect(findPlace('上海全市推进社区服务', body).place).toBe('上海市');
    expect(findPlace('上海：提升社区服务', [body[0]!, '各区中心陆续开放。']).place).toBe('上海市');
  });
});

describe('the place of an article on weak evidence', () => {
  it('is kept and said to be unsure in the reading check shows', () => {
    const text = '调研组走访种植大户\n\n9月10日，调研组一行先后赴城关镇、晓天镇调研。\n\n调研组还走访了种植大户。\n';
    const { articles, readings } = normalizeText(text);
    expect(articles.map((a) => a.place)).toEqual(['舒城县']);
    expect(readings![0]!.unsure.map((u) => u.decision)).toEqual([
      'placed in 舒城县 by the towns it names (no county or city is named)',
    ]);
  });

  it('is not said to be unsure where the text names the place', () => {
    const { readings } = normalizeText('舒城县召开会议\n\n9月10日，舒城县召开乡村振兴工作会议。\n');
    expect(readings![0]!.unsure).toEqual([]);
  });
});

describe('a place named in full beside a short form that is an ordinary word', () => {
  it.each([
    [
      '驻村队员坚守岗位',
      [
        '山南市浪卡子县堆瓦村平均海拔超过5000米，冬季气温常在零下二十度。',
        '自强基础惠民生活动开展以来，驻村干部走遍了各家各户。',
      ],
      '浪卡子县',
    ],
    // a short form named again and again is the subject, not an ordinary word
    [
      '春耕生产有序推进',
      ['林甸各乡镇抢抓农时。', '林甸县农业农村局组织技术人员下田。', '林甸今年计划春播100万亩。'],
      '林甸县',
    ],
  ])('%s', (title, paragraphs, place) => {
    expect(findPlace(title, paragraphs).place).toBe(place);
  });
});

describe('a city body touring its counties', () => {
  it.each([
    [
      '督导秸秆禁烧管控',
      [
        '近日，绥化市生态环境局对北林区、安达市等区县（市）秸秆禁烧工作进行专项督导。',
        '督导组深入北林区秦家镇查看秸秆打包情况，要求北林区紧盯城郊结合部禁烧。',
        '在安达市，督导组查看了网格化巡查记录。',
      ],
      '绥化市',
    ],
    // one county named with its city, and no list: the county
    [
      '督导秸秆禁烧管控',
      ['近日，绥化市生态环境局对北林区秸秆禁烧工作进行专项督导。', '督导组深入北林区秦家镇查看秸秆打包情况。'],
      '北林区',
    ],
  ])('%s', (title, paragraphs, place) => {
    expect(findPlace(title, paragraphs).place).toBe(place);
  });
});
