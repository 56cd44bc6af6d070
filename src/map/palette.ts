import type { LandmarkKind } from '../schema/constants';
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
  station: '#ffffff',
  neighbourLabel: '#9a9385',
} as const;

/** What is drawn on a category's colour: a point's ring and its label. */
export const ON_CATEGORY = '#ffffff';

/** The near-me circle, its outline and its centre. */
export const NEAR_COLOR = '#1d4ed8';

/** The installed app's colours, as the page's CSS has them (--accent, --paper). */
export const APP_COLORS = { theme: '#c2410c', background: '#fbfaf6' } as const;

const TRANSPORT = '#4b5f73';
const CARE = '#8f4545';
const LEARNING = '#52682f';
const PAST = '#7a5433';
const OTHER = '#6b6457';

/** A landmark's glyph (the shape cue) and its quiet colour, by kind. */
export const LANDMARK_LOOK: Record<LandmarkKind, { glyph: string; color: string }> = {
  station: { glyph: '站', color: TRANSPORT },
  bridge: { glyph: '桥', color: TRANSPORT },
  tunnel: { glyph: '隧', color: TRANSPORT },
  hospital: { glyph: '医', color: CARE },
  stadium: { glyph: '体', color: OTHER },
  school: { glyph: '校', color: LEARNING },
  college: { glyph: '学', color: LEARNING },
  institute: { glyph: '研', color: LEARNING },
  heritage: { glyph: '史', color: PAST },
  religious: { glyph: '寺', color: PAST },
  museum: { glyph: '馆', color: PAST },
  culture: { glyph: '文', color: PAST },
  tower: { glyph: '塔', color: OTHER },
  building: { glyph: '楼', color: OTHER },
  mall: { glyph: '商', color: OTHER },
  market: { glyph: '市', color: OTHER },
  park: { glyph: '园', color: '#3f6b45' },
  lake: { glyph: '湖', color: '#2f6f98' },
  consulate: { glyph: '领', color: OTHER },
};
