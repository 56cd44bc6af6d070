import { locateOnce } from '../../lib/locate';
import { useStore } from '../../store';

/** Asks the device for its position once and makes it "my place"; the store keeps how it went. */
export function useLocate() {
  const locate = useStore((s) => s.locate);
  const run = async () => {
    const { setLocate, setNear } = useStore.getState();
    setLocate({ status: 'locating' });
    const result = await locateOnce(navigator.geolocation);
    if (result.ok) {
      setLocate({ status: 'idle' });
      setNear({ lon: result.point[0], lat: result.point[1] });
    } else setLocate({ status: 'error', reason: result.reason });
  };
  return { locate, run };
}
