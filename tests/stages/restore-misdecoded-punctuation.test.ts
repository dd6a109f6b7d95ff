import { describe, expect, it } from 'vitest';
import { MISDECODED, restoreMisdecodedPunctuation } from '../../src/normalize/repair/restore-misdecoded-punctuation.ts';
import { collapseSpuriousSpaces } from '../../src/normalize/repair/collapse-spurious-spaces.ts';
import { runStages } from '../helpers.ts';

describe('restoreMisdecodedPunctuation', () => {
  it('derives the mapping from the GB2312 lead-byte shift', () => {
    expect(Object.fromEntries(MISDECODED)).toMatchObject({
      袁: '，',
      遥: '。',
      尧: '、',
      野: '“',
      冶: '”',
      叶: '《',
      曳: '》',
      院: '：',
      曰: '；',
      渊: '（',
      冤: '）',
      噎: '…',
      浴: '！',
      钥: '？',
      耶: '‘',
      爷: '’',
      窑: '·',
      荫: '●',
      要: '—',
    });
  });

  it.each([
    [
      '全会把党百年奋斗的宝贵历史经验概括为具有根本性和长远指导意义的 野十个坚持冶袁重点总结新时代党和国家事业取得的历史性成就遥',
      '全会把党百年奋斗的宝贵历史经验概括为具有根本性和长远指导意义的“十个坚持”，重点总结新时代党和国家事业取得的历史性成就。',
    ],
    [
      '二是深入推进人才助力乡村振兴 野十业百社千才冶 行动袁新培育乡土人才1000名以上遥',
      '二是深入推进人才助力乡村振兴“十业百社千才”行动，新培育乡土人才1000名以上。',
    ],
  ])('leaves no space beside a restored quote: %s', (garbled, restored) => {
    expect(runStages(garbled, restoreMisdecodedPunctuation).blocks).toEqual([restored]);
  });

  it.each([
    // a surname in a credit list's shape
    [
      '（记者 吴楚瞳 袁玥 摄影 王聃）全县秋收工作有序推进袁各乡镇抢抓晴好天气遥',
      '（记者 吴楚瞳 袁玥 摄影 王聃）全县秋收工作有序推进，各乡镇抢抓晴好天气。',
    ],
    // a surname after a title, the name printed again later
    [
      '县委常委尧宣传部部长叶春华出席活动遥叶春华指出袁要讲好乡村振兴故事遥',
      '县委常委、宣传部部长叶春华出席活动。叶春华指出，要讲好乡村振兴故事。',
    ],
    // institutions by their short form
    [
      '市中院与基层院联合开展巡回审判袁妇幼保健院派出医疗队遥',
      '市中院与基层院联合开展巡回审判，妇幼保健院派出医疗队。',
    ],
  ])('keeps a name or an institution: %s', (garbled, restored) => {
    expect(runStages(garbled, restoreMisdecodedPunctuation).blocks).toEqual([restored]);
  });

  it('restores a garbled block from 002, quotes and all', () => {
    const text =
      '风雨兼程百年路袁不忘初心再出发遥 党的十九届六中全会审议通过的叶中共中央关于党的百年奋斗重大成就和历史经验的决议曳袁 全面总结了党的百年奋斗重大成就和历史经验袁是郑重的历史性尧战略性决策遥\n';
    const { blocks } = runStages(text, restoreMisdecodedPunctuation);
    expect(blocks[0]).toBe(
      '风雨兼程百年路，不忘初心再出发。 党的十九届六中全会审议通过的《中共中央关于党的百年奋斗重大成就和历史经验的决议》， 全面总结了党的百年奋斗重大成就和历史经验，是郑重的历史性、战略性决策。\n'.trimEnd(),
    );
  });

  it('leaves ordinary words made of the same characters alone', () => {
    const text = '袁隆平院士在法院讲话，要求保护野生动物。遥远的山村里，叶子落了，村民们也要过好日子。\n';
    const { blocks, corrections } = runStages(text, restoreMisdecodedPunctuation);
    expect(blocks[0]).toBe(text.trim());
    expect(corrections).toEqual([]);
  });

  it('leaves names and quotations alone (real text from 004 and 003)', () => {
    const text =
      '驻村工作队队长袁建兵介绍，今年村里新建了冷库。\n\n“呦呦鹿鸣,食野之苹”,梅花鹿成了村里的明星。\n\n黄州区陶店乡袁家铺村入选中国美丽休闲乡村。\n';
    const { corrections } = runStages(text, restoreMisdecodedPunctuation);
    expect(corrections).toEqual([]);
  });

  it('restores the colon after a label opening a paragraph, and leaves 院 in names of places (002)', () => {
    const text =
      '习近平院坚持严的主基调不动摇坚持不懈把全面从严治党向纵深推进\n\n权威解读院马克思主义为人类社会发展进步指明了方向。\n\n县人民法院召开全体干警大会。\n\n医院党委从实际出发开展帮扶。\n';
    expect(runStages(text, restoreMisdecodedPunctuation).blocks).toEqual([
      '习近平：坚持严的主基调不动摇坚持不懈把全面从严治党向纵深推进',
      '权威解读：马克思主义为人类社会发展进步指明了方向。',
      '县人民法院召开全体干警大会。',
      '医院党委从实际出发开展帮扶。',
    ]);
  });

  it('gives a closing quote to the likelier of two opening candidates (`视野` stays a word)', () => {
    const { blocks } = runStages(
      '渊一冤比学赋能拓视野袁在野精育冶上做文章遥 紧盯全县干部能力素质短板。\n',
      restoreMisdecodedPunctuation,
    );
    expect(blocks[0]).toBe('（一）比学赋能拓视野，在“精育”上做文章。 紧盯全县干部能力素质短板。');
  });

  it('records every restored mark', () => {
    const { corrections } = runStages(
      '经验袁是郑重的历史性尧战略性决策袁充分体现党牢记初心使命尧永葆生机活力遥\n',
      restoreMisdecodedPunctuation,
    );
    expect(corrections.map((c) => c.kind)).toEqual(Array(5).fill('punctuation'));
    expect(corrections.every((c) => c.line === 1)).toBe(true);
  });

  it.each([
    // a traditional page: the words are read in simplified characters (`院門` is 院门)
    ['記者一進院門就能聞到花香袁半個院壩都曬滿了玉米遥', '記者一進院門就能聞到花香，半個院壩都曬滿了玉米。'],
    // pinyin notes are read past, and their garbled brackets are certain
    ['省藝術渊shù冤學渊xué冤院黨委書記出席袁並致辭遥', '省藝術（shù）學（xué）院黨委書記出席，並致辭。'],
  ])('reads traditional pages and pinyin notes: %s', (garbled, restored) => {
    expect(runStages(garbled, restoreMisdecodedPunctuation).blocks).toEqual([restored]);
  });

  it.each([
    // a place opening on 窑 after a verb: no middle dot outside quotes or names
    ['调研组先后深入窑坪乡石门村、白沙村等地，召开座谈会。', '调研组先后深入窑坪乡石门村、白沙村等地，召开座谈会。'],
    // a transliterated name, a country and a place, a slogan in quotes: the dot is restored
    ['牧民吐尔逊江窑买买提说，今年收成好。', '牧民吐尔逊江·买买提说，今年收成好。'],
    ['中国窑黄山第三届茶文化节开幕。', '中国·黄山第三届茶文化节开幕。'],
    ['开展“书香满城窑共建文明”活动。', '开展“书香满城·共建文明”活动。'],
  ])('restores a middle dot only where one joins: %s', (garbled, restored) => {
    expect(runStages(garbled, restoreMisdecodedPunctuation).blocks).toEqual([restored]);
  });

  it.each([
    // a colon after a word that announces what follows
    ['一位村民笑着说院“今年的日子更有奔头了。”', '一位村民笑着说：“今年的日子更有奔头了。”'],
    ['县防汛办发出通知院自今日起启动防汛应急响应。', '县防汛办发出通知：自今日起启动防汛应急响应。'],
    // …also where 院 makes a word with it (出院), when the words said open on a quote
    ['县委书记在会上指出院“要把群众的事办好。”', '县委书记在会上指出：“要把群众的事办好。”'],
    ['老人康复后出院袁回到家中。', '老人康复后出院，回到家中。'],
    // a lone 曰 between clauses is the semicolon
    ['合唱团演唱了红色歌曲曰书画家现场挥毫泼墨。', '合唱团演唱了红色歌曲；书画家现场挥毫泼墨。'],
    // a dash between two days of a range
    ['本报讯 10月8日要12日，全县开展消防安全检查。', '本报讯 10月8日—12日，全县开展消防安全检查。'],
    // a name after a title is no book title
    ['县委常委、宣传部长叶建新介绍了《乡村振兴规划》。', '县委常委、宣传部长叶建新介绍了《乡村振兴规划》。'],
  ])('weighs the words around a mark: %s', (garbled, restored) => {
    expect(runStages(garbled, restoreMisdecodedPunctuation).blocks).toEqual([restored]);
  });

  it.each([
    // an opening quote with no closing one anywhere near is a word (a wildlife station)
    [
      '全乡最近的牧点距乡政府15公里袁最远的多玛野保站距县城210公里噎噎真是地广人稀遥',
      '全乡最近的牧点距乡政府15公里，最远的多玛野保站距县城210公里……真是地广人稀。',
    ],
    [
      '开展野侗寨•梦萦三江——同唱多耶袁助推产业扶贫冶主题活动遥',
      '开展“侗寨•梦萦三江——同唱多耶，助推产业扶贫”主题活动。',
    ],
    // no clause mark opens a paragraph or follows another: a surname opening a sentence
    [
      '会议要求各部门抓好落实遥袁建兵说袁今年要把冷库建起来遥',
      '会议要求各部门抓好落实。袁建兵说，今年要把冷库建起来。',
    ],
    ['袁建兵介绍袁今年村里新建了冷库遥', '袁建兵介绍，今年村里新建了冷库。'],
    // a comma after a title, where what follows cannot be a given name
    ['他担任村委会主任袁他发现村里的路最难走遥', '他担任村委会主任，他发现村里的路最难走。'],
    ['两户系同村村民袁因宅基地问题产生纠纷遥', '两户系同村村民，因宅基地问题产生纠纷。'],
    // once the first quote is closed (冶 → ”), 野 opens the next one instead of standing inside it
    ['要坚持“稳字当头冶袁更要坚持野进中求稳”遥', '要坚持“稳字当头”，更要坚持“进中求稳”。'],
  ])('pairs quotes and reads names by what the text shows: %s', (garbled, restored) => {
    expect(runStages(garbled, restoreMisdecodedPunctuation).blocks).toEqual([restored]);
  });

  it.each(['记者 叶曳袁', '记者 袁尧', '林甸县袁\n\n袁', '记者 王晶 袁玥遥', '记者 袁记者 遥'])(
    'reads its own output the same way: %s',
    (garbled) => {
      const once = runStages(garbled, restoreMisdecodedPunctuation).blocks.join('\n\n');
      expect(runStages(once, restoreMisdecodedPunctuation).blocks.join('\n\n')).toBe(once);
    },
  );

  it.each([
    // the space goes with the space repair, so the dash is read between the two years at once
    ['规划期为2021 要2025年遥', '规划期为2021—2025年。'],
    [
      '会议要求各部门抓好落实遥 袁建兵说袁今年要把冷库建起来遥',
      '会议要求各部门抓好落实。袁建兵说，今年要把冷库建起来。',
    ],
  ])('reads the text without the spaces extraction put in: %s', (garbled, restored) => {
    const once = runStages(garbled, restoreMisdecodedPunctuation, collapseSpuriousSpaces).blocks;
    expect(once).toEqual([restored]);
    expect(runStages(restored, restoreMisdecodedPunctuation, collapseSpuriousSpaces).blocks).toEqual([restored]);
  });
});
