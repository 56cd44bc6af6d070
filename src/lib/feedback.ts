/**
 * Where "report an error" sends a reader: the one setting a deployer fills
 * in config/feedback.json (see README, Deploy). `url` may hold {title},
 * {body} and {link}, replaced URL-encoded (a GitHub new-issue URL:
 * https://github.com/OWNER/REPO/issues/new?title={title}&body={body});
 * `email` gets a mailto link with the same subject and text.
 */
export interface FeedbackChannel {
  url: string;
  email: string;
}

export const FEEDBACK_FILE = 'config/feedback.json';

/** Reads the config, naming the file and field that are wrong. */
export function parseFeedback(raw: unknown): FeedbackChannel {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error(`${FEEDBACK_FILE}: expected an object {"url": "…", "email": "…"}`);
  const r = raw as Record<string, unknown>;
  const field = (name: 'url' | 'email', ok: RegExp, example: string): string => {
    const v = r[name] ?? '';
    if (typeof v !== 'string' || (v !== '' && !ok.test(v))) throw new Error(`${FEEDBACK_FILE}: field "${name}" expected ${example} or "", found ${JSON.stringify(v).slice(0, 80)}`);
    return v;
  };
  for (const key of Object.keys(r)) if (key !== 'url' && key !== 'email') throw new Error(`${FEEDBACK_FILE}: unknown field "${key.slice(0, 40)}" (only "url" and "email")`);
  return { url: field('url', /^https:\/\/[^\s]+$/, 'an https:// URL'), email: field('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'an e-mail address') };
}

/** The message a link carries: a title, the text, and the view's own link. */
export interface FeedbackMessage {
  title: string;
  body: string;
  link: string;
}

/** Ready-made links to the channel with the message filled in; null where the channel has no such way. */
export function feedbackLinks(ch: FeedbackChannel, m: FeedbackMessage): { web: string | null; mail: string | null } {
  const enc = encodeURIComponent;
  const web = ch.url ? ch.url.replaceAll('{title}', enc(m.title)).replaceAll('{body}', enc(m.body)).replaceAll('{link}', enc(m.link)) : null;
  const mail = ch.email ? `mailto:${ch.email}?subject=${enc(m.title)}&body=${enc(m.body)}` : null;
  return { web, mail };
}
