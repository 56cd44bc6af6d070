import { lazy, Suspense } from 'react';
import type { CatalogueFeature } from '../schema/records';

/** The card is not on the first screen: it loads with the first selection (a few kB, so the first load stays small). */
const FeatureCard = lazy(() => import('./FeatureCard').then((m) => ({ default: m.FeatureCard })));

/** A feature's card, wherever one opens (the map's popup, the phone's sheet, the list-only mode). */
export function CardSlot({ feature }: { feature: CatalogueFeature }) {
  return (
    <Suspense fallback={<p className="muted">{feature.name_zh}</p>}>
      <FeatureCard feature={feature} />
    </Suspense>
  );
}
