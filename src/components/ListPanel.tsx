import { BasemapSwitch } from './BasemapSwitch';
import { FeatureList } from './FeatureList';
import { Legend } from './Legend';

/** Filters, legend and the list of what passes them. */
export function ListPanel() {
  return (
    <>
      <Legend />
      <FeatureList />
      <BasemapSwitch />
    </>
  );
}
