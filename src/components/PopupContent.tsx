import { lazy, Suspense } from 'react';
import type { PopupContent } from '../map/popup';
import { CardSlot } from './CardSlot';

/** The landmark card loads on the first landmark clicked: it is not part of the first screen. */
const LandmarkCard = lazy(() => import('./LandmarkCard'));

/** What the map's popup shows: a feature's card, or a landmark's. */
export const POPUP_CONTENT: PopupContent = {
  feature: (f) => <CardSlot feature={f} />,
  landmark: (l) => (
    <Suspense fallback={null}>
      <LandmarkCard landmark={l} />
    </Suspense>
  ),
};
