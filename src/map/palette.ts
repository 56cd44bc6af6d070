import type { Category, Status } from '../schema/feature';

export interface CategoryLook {
  color: string;
  /** A one-character glyph drawn on the feature: the non-colour cue. */
  glyph: string;
  /** Dash pattern for lines and outlines, in line widths; empty for solid. */
  dash: number[];
}

export const CATEGORY_LOOK: Record<Category, CategoryLook> = {
  renewal: { color: '#c2410c', glyph: '更', dash: [] },
  road: { color: '#1d4ed8', glyph: '路', dash: [] },
  park: { color: '#15803d', glyph: '园', dash: [3, 1.5] },
  community: { color: '#a21caf', glyph: '社', dash: [1, 1.5] },
  project: { color: '#b45309', glyph: '楼', dash: [4, 2, 1, 2] },
  facility: { color: '#0e7490', glyph: '设', dash: [2, 2] },
  heritage: { color: '#7c2d12', glyph: '史', dash: [6, 2] },
};

export const STATUS_COLOR: Record<Status, string> = {
  completed: '#166534',
  underway: '#b45309',
  planned: '#1d4ed8',
  context: '#52525b',
};

export const BASEMAP_COLORS = {
  background: '#f4f1ea',
  outside: '#e7e3da',
  district: '#fbfaf6',
  districtLine: '#8a8173',
  water: '#a9cfe6',
  waterLabel: '#2f6f98',
  road: '#ffffff',
  roadCasing: '#cfc8ba',
  roadMajorCasing: '#d8c07f',
  roadMajor: '#fde7b0',
  roadLabel: '#5b5448',
  metro: '#6b7280',
  metroPlanned: '#9ca3af',
  label: '#6b6457',
  halo: '#fbfaf6',
  highlight: '#facc15',
} as const;
