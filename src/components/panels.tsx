import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { StringKey } from '../lib/i18n';
import type { Panel } from '../store/url';
import { ListPanel } from './ListPanel';

export interface PanelEntry {
  id: Panel;
  label: StringKey;
  /** The first screen's panel is eager; the others load when first opened. */
  component: ComponentType | LazyExoticComponent<ComponentType>;
}

/** The side panel's tabs, in order. Each panel other than the list is its own chunk. */
export const PANEL_ENTRIES: readonly PanelEntry[] = [
  { id: 'list', label: 'list', component: ListPanel },
  { id: 'near', label: 'nearMe', component: lazy(() => import('./near/NearPanel')) },
  { id: 'report', label: 'report', component: lazy(() => import('./report/ReportPanel')) },
  { id: 'indicators', label: 'indicators', component: lazy(() => import('./indicators/IndicatorsPanel')) },
  { id: 'quality', label: 'quality', component: lazy(() => import('./quality/QualityPanel')) },
];
