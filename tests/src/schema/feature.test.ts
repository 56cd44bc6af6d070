import { describe, expect, it } from 'vitest';
import { featureStatus, type Mention, planTarget } from '../../../src/schema/feature';

const mention = (year: 2022 | 2023, status: Mention['status'], quote: string): Mention => ({ year, status, quote, section: ['x'], metrics: [] });

describe('a feature’s status and the 2023 plan’s target', () => {
  it('keeps a place topped out in 2022 underway when the 2023 plan is to finish it, with completion as the target', () => {
    const ms = [mention(2022, 'underway', '区级医院结构封顶'), mention(2023, 'planned', '高标准建成区级医院')];
    expect(featureStatus(ms)).toBe('underway');
    expect(planTarget(ms)).toBe('completed');
  });

  it('keeps a place finished in 2022 completed whatever the plan says next', () => {
    const ms = [mention(2022, 'completed', '张毕湖、竹叶海公园主体完工'), mention(2023, 'planned', '丰富张毕湖、竹叶海公园户外露营、亲子互动等业态')];
    expect(featureStatus(ms)).toBe('completed');
    expect(planTarget(ms)).toBe('underway');
  });

  it('shows a place named only in the 2023 plan as planned, with what the plan aims at', () => {
    expect(featureStatus([mention(2023, 'planned', '建成古田公园')])).toBe('planned');
    expect(planTarget([mention(2023, 'planned', '建成古田公园')])).toBe('completed');
    expect(planTarget([mention(2023, 'planned', '启动太平洋地区渍水点改造')])).toBe('underway');
  });

  it('names no target when the plan only repeats the state shown, or there is no plan', () => {
    expect(planTarget([mention(2022, 'underway', '古田一路北段开工建设')])).toBeUndefined();
    expect(planTarget([mention(2023, 'underway', '加快汉口1872建设'), mention(2023, 'planned', '推进汉江湾片城市设计')])).toBeUndefined();
  });

  it('ranks a context mention below any action', () => {
    expect(featureStatus([mention(2022, 'context', '新增恒隆广场'), mention(2023, 'planned', '支持恒隆打造数字商圈')])).toBe('planned');
  });

  it('refuses a feature without mentions', () => {
    expect(() => featureStatus([])).toThrow(/at least one mention/);
  });
});
