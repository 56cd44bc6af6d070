import { BasemapSwitch } from './BasemapSwitch';
import { ExportButtons } from './ExportButtons';
import { FeatureList } from './FeatureList';
import { Legend } from './Legend';
import { useFiltered } from './useFiltered';
import { useViewContext } from './useViewContext';

/** Filters, legend and the list of what passes them. */
export function ListPanel() {
  const items = useFiltered();
  const view = useViewContext(false);
  return (
    <>
      <Legend />
      <FeatureList />
      <div className="button-row export">
        <ExportButtons rows={items.map((feature) => ({ feature }))} view={view} />
      </div>
      <BasemapSwitch />
    </>
  );
}
