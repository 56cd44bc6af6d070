import { describe, expect, it } from 'vitest';
import { classify, KIND_RANK } from '../../../../scripts/lib/landmarks/kinds';

describe('classify', () => {
  it('takes the kind of the categories that are a kind of place as they stand', () => {
    const byCategory = Object.fromEntries(['车站', '桥梁', '隧道', '高校', '体育', '文物古迹', '宗教建筑', '塔', '公园游乐', '湖泊'].map((c) => [c, classify(c, '某处', '')]));
    expect(byCategory).toEqual({
      车站: { kind: 'station' },
      桥梁: { kind: 'bridge' },
      隧道: { kind: 'tunnel' },
      高校: { kind: 'college' },
      体育: { kind: 'stadium' },
      文物古迹: { kind: 'heritage' },
      宗教建筑: { kind: 'religious' },
      塔: { kind: 'tower' },
      公园游乐: { kind: 'park' },
      湖泊: { kind: 'lake' },
    });
  });

  it('drops the categories that are not places, with the reason', () => {
    expect(['行政区划', '历史街区', '轨道交通', '河流', '机场', '自然地形'].map((c) => classify(c, '某处', ''))).toEqual([
      { drop: 'administrative area' },
      { drop: 'historical district (an area, not a point)' },
      { drop: 'transport system, not a place' },
      { drop: 'river (a line, drawn by the water layer)' },
      { drop: 'airport (the one nearby, 王家墩, closed in 2007)' },
      { drop: 'natural feature with a coarse point' },
    ]);
  });

  it('drops events by any of their words, the trailing ones only at the end', () => {
    const events = ['汉口事件', '武汉会战', '武漢戰鬥', '某某战斗', '某某空难', '某某空難', '1931年大水', '某某疫情', '某某封锁', '某某封鎖', '某某爆炸案', '汉阳起义', '汉阳起義', '第五次代表大会', '第五次代表大會'];
    for (const name of events) expect(classify('其它', name, ''), name).toEqual({ drop: 'event, not a place' });
    for (const name of ['起义门', '起義门', '代表大会堂', '代表大會堂']) expect(classify('塔', name, ''), name).toEqual({ kind: 'tower' });
  });

  it('drops vessels by their English name, whole words only, in any case', () => {
    for (const name of ['Wuhan (destroyer)', 'HMS X Frigate', 'a SUBMARINE']) expect(classify('博物馆', '武汉舰', name), name).toEqual({ drop: 'vessel, not a fixed place' });
    expect(classify('车站', '站', 'Subdestroyers')).toEqual({ kind: 'station' });
  });

  it('tells museums from other culture venues', () => {
    expect(['某美术馆', '某博物馆', '某纪念馆', '某剧院'].map((n) => classify('文化场馆', n, ''))).toEqual([{ kind: 'museum' }, { kind: 'museum' }, { kind: 'museum' }, { kind: 'culture' }]);
  });

  it('reads buildings as heritage, towers and centres by their English name, squares as malls, else buildings', () => {
    expect(classify('建筑', '某某旧址', 'Tower')).toEqual({ kind: 'heritage' });
    expect(classify('建筑', '某某广场', 'Plaza Tower')).toEqual({ kind: 'building' });
    expect(classify('建筑', '某某广场', 'X Centre')).toEqual({ kind: 'building' });
    expect(classify('建筑', '某某广场', 'Center')).toEqual({ kind: 'building' });
    expect(classify('建筑', '某某广场', 'Building 2')).toEqual({ kind: 'building' });
    expect(classify('建筑', '某某广场', 'Towers')).toEqual({ kind: 'mall' });
    expect(classify('建筑', '广场公园', '')).toEqual({ kind: 'building' });
  });

  it('reads the catch-all category by what a name ends in or contains, first rule first', () => {
    const cases: Array<[string, unknown]> = [
      ['天主教汉口总教区', { drop: 'organisation, not a place' }],
      ['某某有限公司', { drop: 'organisation, not a place' }],
      ['有限公司大楼', { kind: 'building' }],
      ['总教区大楼', { kind: 'building' }],
      ['汉正街', { drop: 'street (streets come from the road layer)' }],
      ['中山路', { drop: 'street (streets come from the road layer)' }],
      ['汉阳府', { drop: 'historical administrative area' }],
      ['江夏郡', { drop: 'historical administrative area' }],
      ['府前小区', { drop: 'no kind of place could be read from category 其它 and the name' }],
      ['某某旧址', { kind: 'heritage' }],
      ['某某故居', { kind: 'heritage' }],
      ['某某会址', { kind: 'heritage' }],
      ['某某建筑群', { kind: 'heritage' }],
      ['麦加利银行大楼（汉口）', { kind: 'heritage' }],
      ['麦加利银行大楼(汉口)', { kind: 'heritage' }],
      ['英国领事馆旧楼', { kind: 'heritage' }],
      ['某某水塔', { kind: 'heritage' }],
      ['水塔公园', { drop: 'no kind of place could be read from category 其它 and the name' }],
      ['某某中学', { kind: 'school' }],
      ['某某小学', { kind: 'school' }],
      ['某某学校', { kind: 'school' }],
      ['某某医院', { kind: 'hospital' }],
      ['某某血液中心', { kind: 'hospital' }],
      ['某某疾病预防控制中心', { kind: 'hospital' }],
      ['某某大学', { kind: 'college' }],
      ['某某学院', { kind: 'college' }],
      ['学院路小区', { drop: 'no kind of place could be read from category 其它 and the name' }],
      ['某某研究所', { kind: 'institute' }],
      ['某某研究院', { kind: 'institute' }],
      ['某某创新中心', { kind: 'institute' }],
      ['某国领事馆', { kind: 'consulate' }],
      ['某某办事处', { kind: 'consulate' }],
      ['某某美术馆', { kind: 'museum' }],
      ['某某博物馆', { kind: 'museum' }],
      ['某某纪念馆', { kind: 'museum' }],
      ['某某市场', { kind: 'market' }],
      ['市场小区', { drop: 'no kind of place could be read from category 其它 and the name' }],
      ['某某广场', { kind: 'mall' }],
      ['广场小区', { drop: 'no kind of place could be read from category 其它 and the name' }],
      ['某某大楼', { kind: 'building' }],
      ['大楼小区', { drop: 'no kind of place could be read from category 其它 and the name' }],
      ['大厦小区', { drop: 'no kind of place could be read from category 其它 and the name' }],
      ['某某大厦', { kind: 'building' }],
      ['某某中心', { kind: 'building' }],
      ['中心小区', { drop: 'no kind of place could be read from category 其它 and the name' }],
    ];
    for (const [name, verdict] of cases) expect(classify('其它', name, ''), name).toEqual(verdict);
  });
});

describe('KIND_RANK', () => {
  it('ranks what people steer by first', () => {
    const byRank: Record<number, string[]> = {};
    for (const [kind, rank] of Object.entries(KIND_RANK)) byRank[rank] = [...(byRank[rank] ?? []), kind];
    expect(byRank).toEqual({
      2: ['station', 'hospital', 'stadium'],
      3: ['school', 'college', 'bridge', 'mall', 'park'],
      4: ['tower', 'religious', 'museum', 'culture', 'lake'],
      5: ['heritage', 'building', 'market'],
      6: ['institute', 'consulate'],
      7: ['tunnel'],
    });
  });
});
