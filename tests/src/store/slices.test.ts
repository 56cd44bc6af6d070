import { beforeEach, describe, expect, it } from 'vitest';
import { useStore } from '../../../src/store';
import type { Landmark } from '../../../src/lib/landmarks';

const state = () => useStore.getState();
const landmark: Landmark = { qid: 'Q1', kind: 'station', name_zh: '宗关站', name_en: 'Zongguan Station', point: [114.23, 30.58] };

beforeEach(() => useStore.setState(useStore.getInitialState(), true));

describe('a fresh store', () => {
  it('opens on the default view, written out', () => {
    expect(state()).toMatchObject({
      categories: ['renewal', 'road', 'park', 'community', 'project', 'facility', 'heritage'],
      statuses: ['completed', 'underway', 'planned', 'context'],
      years: [2022, 2023],
      selected: null,
      selectOrigin: 'url',
      hovered: null,
      alsoHere: [],
      landmark: null,
      view: null,
      lang: 'zh',
      basemap: 'local',
      panel: 'list',
      notice: null,
      mapPicture: null,
      near: null,
      nearLabel: null,
      radius: 1000,
      picking: false,
      locate: { status: 'idle' },
      catalogue: { status: 'idle' },
      map: { status: 'loading' },
      online: true,
      update: { status: 'none' },
      readerTarget: null,
      unmappedTarget: null,
    });
  });
});

describe('filters', () => {
  it('turns a category off and on again, keeping the order of all categories', () => {
    state().toggleCategory('road');
    expect(state().categories).toEqual(['renewal', 'park', 'community', 'project', 'facility', 'heritage']);
    state().toggleCategory('renewal');
    state().toggleCategory('road');
    expect(state().categories).toEqual(['road', 'park', 'community', 'project', 'facility', 'heritage']);
  });

  it('toggles a status and a year on their own, leaving the other filters', () => {
    state().toggleStatus('planned');
    expect(state().statuses).toEqual(['completed', 'underway', 'context']);
    state().toggleYear(2022);
    expect(state().years).toEqual([2023]);
    expect(state().categories).toHaveLength(7);
    state().toggleYear(2022);
    expect(state().years).toEqual([2022, 2023]);
    state().toggleStatus('planned');
    expect(state().statuses).toEqual(['completed', 'underway', 'planned', 'context']);
  });

  it('resets every filter to everything', () => {
    state().toggleCategory('park');
    state().toggleStatus('context');
    state().toggleYear(2023);
    state().resetFilters();
    expect(state().categories).toEqual(['renewal', 'road', 'park', 'community', 'project', 'facility', 'heritage']);
    expect(state().statuses).toEqual(['completed', 'underway', 'planned', 'context']);
    expect(state().years).toEqual([2022, 2023]);
  });
});

describe('selection', () => {
  it('selects with its origin and the features also under the click, closing a landmark', () => {
    state().showLandmark(landmark);
    state().select('a-place', 'map', ['b-place']);
    expect(state()).toMatchObject({ selected: 'a-place', selectOrigin: 'map', alsoHere: ['b-place'], landmark: null });
    state().select('c-place', 'list');
    expect(state()).toMatchObject({ selected: 'c-place', selectOrigin: 'list', alsoHere: [] });
  });

  it('clears a selection without closing a landmark shown since', () => {
    state().select('a-place', 'map', ['b-place']);
    useStore.setState({ landmark });
    state().select(null, 'list');
    expect(state()).toMatchObject({ selected: null, selectOrigin: 'list', alsoHere: [], landmark });
  });

  it('shows a landmark in place of the selection, and closing it leaves the selection cleared', () => {
    state().select('a-place', 'list', ['b-place']);
    state().showLandmark(landmark);
    expect(state()).toMatchObject({ landmark, selected: null, selectOrigin: 'map', alsoHere: [] });
    state().select('a-place', 'search', ['b-place']);
    useStore.setState({ landmark });
    state().showLandmark(null);
    expect(state()).toMatchObject({ landmark: null, selected: 'a-place', selectOrigin: 'search', alsoHere: ['b-place'] });
  });

  it('tracks the hovered feature', () => {
    state().hover('a-place');
    expect(state().hovered).toBe('a-place');
    state().hover(null);
    expect(state().hovered).toBeNull();
  });
});

describe('view, UI, data and shell', () => {
  it('keeps what each setter is given', () => {
    state().setView({ lon: 114.2, lat: 30.5, zoom: 12 });
    state().setLang('en');
    state().setBasemap('osm');
    state().setPanel('indicators');
    state().setNotice('link reset');
    state().setMapPicture({ url: 'blob:x', width: 10, height: 20, at: {} });
    state().setCatalogue({ status: 'error', message: 'down' });
    state().setMapStatus({ status: 'ready' });
    state().setOnline(false);
    state().setUpdate({ status: 'ready', build: 'b2' });
    expect(state()).toMatchObject({
      view: { lon: 114.2, lat: 30.5, zoom: 12 },
      lang: 'en',
      basemap: 'osm',
      panel: 'indicators',
      notice: 'link reset',
      mapPicture: { url: 'blob:x', width: 10, height: 20, at: {} },
      catalogue: { status: 'error', message: 'down' },
      map: { status: 'ready' },
      online: false,
      update: { status: 'ready', build: 'b2' },
    });
  });
});

describe('near me', () => {
  it('sets a place with its label and leaves tap-the-map mode', () => {
    state().setPicking(true);
    expect(state().picking).toBe(true);
    state().setNear({ lon: 114.25, lat: 30.57 }, '宗关');
    expect(state()).toMatchObject({ near: { lon: 114.25, lat: 30.57 }, nearLabel: '宗关', picking: false });
  });

  it('forgets the old label when a place comes without one', () => {
    state().setNear({ lon: 114.25, lat: 30.57 }, '宗关');
    state().setNear({ lon: 114.26, lat: 30.58 });
    expect(state().nearLabel).toBeNull();
  });

  it('keeps the radius and the locate state it is given', () => {
    state().setRadius(300);
    state().setLocate({ status: 'error', reason: 'denied' });
    expect(state()).toMatchObject({ radius: 300, locate: { status: 'error', reason: 'denied' } });
  });
});

describe('hand-offs between panels', () => {
  it('opens the reader at a quote, and clears the target alone', () => {
    state().showInReport({ quote: '建成宝庆街', section: ['二〇二三年工作意见'] });
    expect(state()).toMatchObject({ panel: 'report', readerTarget: { quote: '建成宝庆街', section: ['二〇二三年工作意见'] } });
    state().clearReaderTarget();
    expect(state()).toMatchObject({ panel: 'report', readerTarget: null });
  });

  it('opens the data-quality view at an unmapped item, and clears the target alone', () => {
    state().showUnmapped('u-12');
    expect(state()).toMatchObject({ panel: 'quality', unmappedTarget: 'u-12' });
    state().clearUnmappedTarget();
    expect(state()).toMatchObject({ panel: 'quality', unmappedTarget: null });
  });
});
