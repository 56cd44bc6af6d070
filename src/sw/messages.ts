/** What the page may ask its service worker; shared by both sides so neither spells a message differently. */

/** Asks a waiting worker to take over; the pages it then controls reload. */
export const SKIP_WAITING = 'SKIP_WAITING';

/** Asks a worker which catalogue build it serves; it answers on the message's port with a `BuildReply`. */
export const BUILD_REQUEST = 'BUILD';

export interface BuildReply {
  build: string | null;
}
