import { BasemapSwitch } from './BasemapSwitch';
import { ExportButtons } from './ExportButtons';
import { FeatureList } from './FeatureList';
import { Legend } from './Legend';
import { useFiltered } from './useFiltered';
import { useT } from './useT';

/** Filters, legend and the list of what passes them. */
export function ListPanel() {
  const { lang } = useT();
  const items = useFiltered();
  return (
    <>
      <Legend />
      <FeatureList />
      <div className="button-row export">
        <ExportButtons rows={items.map((feature) => ({ feature }))} name="list" lang={lang} />
      </div>
      <BasemapSwitch />
    </>
  );
}
