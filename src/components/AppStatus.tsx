import { UI_STRINGS } from '../lib/i18n';
import { applyUpdate } from '../pwa/register';
import { useStore } from '../store';
import { useText } from './useText';

/**
 * A quiet line when the device is offline (the saved copy still works), and
 * the offer of a newer deploy: "new data" when its catalogue is another build
 * than the one on screen, "new version" when only the app changed.
 */
export function AppStatus() {
  const t = useText(UI_STRINGS);
  const online = useStore((s) => s.online);
  const update = useStore((s) => s.update);
  const catalogue = useStore((s) => s.catalogue);
  const shown = catalogue.status === 'ready' ? catalogue.value.build : null;
  if (online && update.status === 'none') return null;
  return (
    <div className="app-status">
      {!online && (
        <p className="offline-line" role="status" data-testid="offline">
          {t('offline')}
        </p>
      )}
      {update.status === 'ready' && (
        <button type="button" className="update-button" data-testid="update" data-build={update.build ?? ''} onClick={applyUpdate}>
          {t(update.build === shown ? 'updateApp' : 'updateData')}
        </button>
      )}
    </div>
  );
}
