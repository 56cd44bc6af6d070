import { beforeEach, describe, expect, it } from 'vitest';
import { shareOf, useStore } from '../../../src/store';
import type { ShareState } from '../../../src/store/url';

const state = () => useStore.getState();

const shared: ShareState = {
  view: { lon: 114.25, lat: 30.57, zoom: 14 },
  categories: ['road'],
  statuses: ['planned', 'context'],
  years: [2023],
  selected: 'baoqing-street',
  near: { lon: 114.26, lat: 30.58 },
  radius: 500,
  panel: 'near',
  basemap: 'osm',
  lang: 'en',
};

beforeEach(() => useStore.setState(useStore.getInitialState(), true));

describe('the app store', () => {
  it('takes every shareable field from a link, and clears what only a click made', () => {
    state().select('old-place', 'map', ['other-place']);
    state().showLandmark({ qid: 'Q1', kind: 'station', name_zh: '宗关站', name_en: 'Zongguan Station', point: [114.23, 30.58] });
    state().setNear({ lon: 114.2, lat: 30.5 }, '宗关');
    state().applyShare(shared);
    expect(state()).toMatchObject({ ...shared, selectOrigin: 'url', alsoHere: [], landmark: null, nearLabel: null });
  });

  it('leaves what a link does not carry when it applies one', () => {
    state().setNotice('kept');
    state().setOnline(false);
    state().applyShare(shared);
    expect(state()).toMatchObject({ notice: 'kept', online: false });
  });

  it('shares exactly the fields a link carries, and nothing else of the state', () => {
    state().applyShare(shared);
    state().setNotice('not shared');
    expect(shareOf(state())).toEqual(shared);
    expect(Object.keys(shareOf(state()))).toEqual(['view', 'categories', 'statuses', 'years', 'selected', 'near', 'radius', 'panel', 'basemap', 'lang']);
  });
});
