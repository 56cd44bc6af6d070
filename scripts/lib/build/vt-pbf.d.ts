// vt-pbf ships no types; this covers the one call the build makes.
declare module 'vt-pbf' {
  import type { LegacyFeature } from 'geojson-vt';

  interface VtPbf {
    /** Encodes geojson-vt tiles, one per layer name, as an MVT protobuf. Defaults to version 1: pass 2. */
    fromGeojsonVt(layers: Record<string, { features: readonly LegacyFeature[] }>, options?: { version?: number; extent?: number }): Uint8Array;
  }
  const vtpbf: VtPbf;
  export default vtpbf;
}
