import type { Load } from '../../store';

/** What a panel shows while the catalogue loads, or why it could not. */
export function NotReady({ state, loading, error }: { state: Exclude<Load<unknown>, { status: 'ready' }>; loading: string; error: string }) {
  if (state.status === 'idle') return <p className="muted">{loading}</p>;
  return (
    <p className="error" role="alert">
      {error} {state.message}
    </p>
  );
}
