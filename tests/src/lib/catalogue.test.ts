import { describe, expect, it } from 'vitest';
import { indexById, loadCatalogue } from '../../../src/lib/catalogue';
import type { CatalogueFeature } from '../../../src/schema/records';

const good = { version: 1, build: 'b1', features: [], places: [], indicators: [], unmapped: [] };
const answer = (body: string, status = 200): typeof fetch => async () => new Response(body, { status });

describe('loading the catalogue', () => {
  it('gives a version 1 catalogue as it was served, asking for the URL it was given', async () => {
    const asked: unknown[] = [];
    const fetchImpl: typeof fetch = async (url) => {
      asked.push(url);
      return new Response(JSON.stringify(good));
    };
    await expect(loadCatalogue('tiles/catalogue.json', fetchImpl)).resolves.toEqual(good);
    expect(asked).toEqual(['tiles/catalogue.json']);
  });

  it('says the server could not be reached, with the reason', async () => {
    const down: typeof fetch = async () => {
      throw new Error('connection refused');
    };
    await expect(loadCatalogue('c.json', down)).rejects.toThrow('Could not fetch c.json: connection refused. Check that the server is running and tiles/ was deployed.');
  });

  it('names the HTTP status of a failed answer', async () => {
    await expect(loadCatalogue('c.json', answer('gone', 404))).rejects.toThrow('Could not fetch c.json: HTTP 404. Check that tiles/ was deployed beside the app.');
  });

  it('says a body that is not JSON is not', async () => {
    await expect(loadCatalogue('c.json', answer('<html>'))).rejects.toThrow('c.json is not valid JSON. Rebuild it with npm run tiles:build.');
  });

  it('refuses anything but a version 1 catalogue with every list', async () => {
    const broken = [null, [], 'text', { ...good, version: 2 }, { ...good, build: 7 }, { ...good, features: {} }, { ...good, places: null }, { ...good, indicators: 'x' }, { ...good, unmapped: undefined }];
    for (const body of broken) await expect(loadCatalogue('c.json', answer(JSON.stringify(body))), JSON.stringify(body)).rejects.toThrow('c.json is not a version 1 catalogue. Rebuild it with npm run tiles:build.');
  });
});

describe('features by id', () => {
  it('finds each feature by its id, building the index once per list', () => {
    const features = [{ id: 'a' }, { id: 'b' }] as unknown as CatalogueFeature[];
    const index = indexById(features);
    expect(index.get('b')).toBe(features[1]);
    expect(index.size).toBe(2);
    expect(indexById(features)).toBe(index);
    expect(indexById([...features])).not.toBe(index);
  });
});
