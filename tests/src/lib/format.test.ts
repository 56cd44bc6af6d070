import { describe, expect, it } from 'vitest';
import { bilingualName, formatDistance, formatMetric, formatNearDistance } from '../../../src/lib/format';

describe('figures and distances in words', () => {
  it('writes a metric as the report does, figure then unit', () => {
    expect(formatMetric({ label: '建成道路', value: 10.8, unit: '公里' })).toBe('10.8公里');
  });

  it('says under a metre as 0, and rounds metres to tens below a kilometre', () => {
    expect(formatDistance(0.99, 'zh')).toBe('0 米');
    expect(formatDistance(0.99, 'en')).toBe('0 m');
    expect(formatDistance(1, 'en')).toBe('0 m');
    expect(formatDistance(14, 'zh')).toBe('10 米');
    expect(formatDistance(15, 'en')).toBe('20 m');
    expect(formatDistance(999, 'en')).toBe('1000 m');
  });

  it('says a kilometre and more in km, one decimal below 10 km and none from there', () => {
    expect(formatDistance(1000, 'zh')).toBe('1.0 公里');
    expect(formatDistance(1260, 'en')).toBe('1.3 km');
    expect(formatDistance(9999, 'en')).toBe('10.0 km');
    expect(formatDistance(10_000, 'en')).toBe('10 km');
    expect(formatDistance(12_600, 'zh')).toBe('13 公里');
  });

  it('adds the placement’s uncertainty only when there is one', () => {
    expect(formatNearDistance(1200, 800, 'zh')).toBe('1.2 公里 ±800 米');
    expect(formatNearDistance(1200, 0, 'en')).toBe('1.2 km');
  });

  it('puts the name in the chosen language first and the other second', () => {
    const f = { name_zh: '宝庆街', name_en: 'Baoqing Street' };
    expect(bilingualName(f, 'zh')).toEqual({ primary: '宝庆街', secondary: 'Baoqing Street' });
    expect(bilingualName(f, 'en')).toEqual({ primary: 'Baoqing Street', secondary: '宝庆街' });
  });
});
