import { useEffect, useState } from 'react';
import { FEEDBACK_FILE, type FeedbackChannel, parseFeedback } from '../lib/feedback';

/** The channel as loaded, once per page: null until it has loaded, or when none is set or it cannot be read. */
let loading: Promise<FeedbackChannel | null> | null = null;

function load(): Promise<FeedbackChannel | null> {
  loading ??= fetch(new URL(FEEDBACK_FILE, document.baseURI).href)
    .then((res) => (res.ok ? res.json() : null))
    .then((raw) => (raw === null ? null : parseFeedback(raw)))
    .then((ch) => (ch && (ch.url || ch.email) ? ch : null))
    .catch((e: Error) => {
      console.warn(`${FEEDBACK_FILE}: ${e.message}`);
      return null;
    });
  return loading;
}

/** The feedback channel the deployer set in config/feedback.json, or null. */
export function useFeedback(): FeedbackChannel | null {
  const [channel, setChannel] = useState<FeedbackChannel | null>(null);
  useEffect(() => {
    let live = true;
    load().then((ch) => live && setChannel(ch));
    return () => {
      live = false;
    };
  }, []);
  return channel;
}
