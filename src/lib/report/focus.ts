import { create } from 'zustand';
import { useStore } from '../../store';

/** A passage another panel asks the reader to show: found by its quote, placed by its section. */
export interface ReaderTarget {
  quote: string;
  section: readonly string[];
}

interface FocusState {
  readerTarget: ReaderTarget | null;
  unmappedTarget: string | null;
  clearReaderTarget: () => void;
  clearUnmappedTarget: () => void;
}

/**
 * Hand-offs between the report, indicators and data-quality panels: what to
 * show when one of them opens another. Not shareable, so not in the URL.
 */
export const useFocus = create<FocusState>()((set) => ({
  readerTarget: null,
  unmappedTarget: null,
  clearReaderTarget: () => set({ readerTarget: null }),
  clearUnmappedTarget: () => set({ unmappedTarget: null }),
}));

/** Opens the reader at a quote. */
export function showInReport(target: ReaderTarget): void {
  useFocus.setState({ readerTarget: target });
  useStore.getState().setPanel('report');
}

/** Opens the data-quality view at an unmapped item. */
export function showUnmapped(id: string): void {
  useFocus.setState({ unmappedTarget: id });
  useStore.getState().setPanel('quality');
}
