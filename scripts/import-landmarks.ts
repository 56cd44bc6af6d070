// Turns the Wikidata landmark reference file into data/basemap/landmarks.geojson (run by hand when the reference changes).
import { readFile, rename, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { importLandmarks, serializeLandmarks } from './lib/landmarks/import';
import { landmarkContext } from './lib/landmarks/context';

const { values } = parseArgs({
  options: {
    wikidata: { type: 'string', default: '../shared/geodata/wikidata_wuhan_landmarks_wgs84.csv' },
    osm: { type: 'string', default: '../shared/geodata/osm/wikidata_osm_matches.csv' },
    data: { type: 'string', default: 'data' },
    'margin-km': { type: 'string', default: '3' },
    output: { type: 'string', short: 'o', default: 'data/basemap/landmarks.geojson' },
  },
});
try {
  const marginKm = Number(values['margin-km']);
  if (!(marginKm >= 0)) throw new Error(`--margin-km must be a number of kilometres ≥ 0, found ${values['margin-km']}`);
  const result = importLandmarks({
    wikidataCsv: await readFile(values.wikidata, 'utf8'),
    osmCsv: await readFile(values.osm, 'utf8').catch(() => undefined),
    ...(await landmarkContext(values.data)),
    marginKm,
  });
  const tmp = `${values.output}.tmp`;
  await writeFile(tmp, serializeLandmarks(result.features));
  await rename(tmp, values.output);
  console.log(`${values.output}: ${result.features.length} landmarks; ${result.outside} items beyond ${marginKm} km; ${result.dropped.length} left out:`);
  for (const d of result.dropped) console.log(`  ${d.qid} ${d.name}: ${d.reason}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
