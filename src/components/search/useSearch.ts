import { useEffect, useMemo, useState } from 'react';
import type { SearchHit } from '../../lib/search';
import { useStore } from '../../store';

type Engine = typeof import('./engine');
export type { Item } from './engine';

let loading: Promise<Engine> | undefined;
/** The search engine (matching, pinyin keys, landmark kinds) loads when the box is first used, not with the page. */
const loadEngine = () => {
  loading ??= import('./engine');
  return loading;
};

/** Results for a query once the engine is wanted and loaded; `ready` is false until then. */
export function useSearch(query: string, wanted: boolean) {
  const catalogue = useStore((s) => s.catalogue);
  const [engine, setEngine] = useState<Engine>();
  useEffect(() => {
    if (!wanted || engine) return;
    let live = true;
    loadEngine().then(
      (e) => live && setEngine(e),
      () => {
        loading = undefined;
      },
    );
    return () => {
      live = false;
    };
  }, [wanted, engine]);
  const index = useMemo(() => (engine && catalogue.status === 'ready' ? engine.indexOf(catalogue.value) : undefined), [engine, catalogue]);
  const hits: SearchHit<import('./engine').Item>[] = useMemo(() => (engine && index && query.trim() ? engine.find(index, query) : []), [engine, index, query]);
  return { engine, hits, ready: index !== undefined };
}
