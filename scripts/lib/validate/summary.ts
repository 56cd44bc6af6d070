import { PRECISIONS, STATUSES, featureStatus } from '../../../src/schema/feature';
import type { ValidatedData } from './index';

function counts<T extends string>(values: readonly T[], order: readonly T[]): string {
  const tally = new Map<T, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  const keys = [...order, ...[...tally.keys()].filter((k) => !order.includes(k)).sort()];
  return keys.map((k) => `${k} ${tally.get(k) ?? 0}`).join(', ');
}

/** The coverage summary printed after a clean validation: features by layer, status and precision, then indicators and unmapped items. */
export function coverageSummary(data: ValidatedData): string[] {
  const features = data.layers.flatMap((l) => l.features);
  const lines: string[] = [];
  if (features.length === 0) lines.push('features: none yet');
  else {
    lines.push(`features: ${features.length} in ${data.layers.length} layer${data.layers.length === 1 ? '' : 's'}`);
    lines.push(`  by layer: ${data.layers.map((l) => `${l.name} ${l.features.length}`).join(', ')}`);
    lines.push(`  by status: ${counts(features.map((f) => featureStatus(f.properties.mentions)), STATUSES)}`);
    lines.push(`  by precision: ${counts(features.map((f) => f.properties.geocode.precision), PRECISIONS)}`);
    const both = features.filter((f) => new Set(f.properties.mentions.map((m) => m.year)).size > 1).length;
    lines.push(`  mentions: ${features.reduce((n, f) => n + f.properties.mentions.length, 0)} (${both} feature${both === 1 ? '' : 's'} named in both years)`);
  }
  lines.push(`basemap: ${data.basemap.length === 0 ? 'none yet' : data.basemap.map((b) => `${b.layer} ${b.features.length}`).join(', ')}`);
  const ind = data.indicators;
  lines.push(`indicators: ${ind ? `${ind.length} (${counts(ind.map((i) => i.kind), ['headline', 'commitment'])})` : 'none yet'}`);
  const un = data.unmapped;
  lines.push(`unmapped: ${un ? `${un.length} (${counts(un.map((u) => u.reason), [])})` : 'none yet'}`);
  return lines;
}
