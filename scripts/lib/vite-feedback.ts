import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { FEEDBACK_FILE, parseFeedback } from '../../src/lib/feedback';

/** Reads and checks config/feedback.json, so a bad setting fails the build with the file and field named. */
function readFeedback(root: string): string {
  const file = path.resolve(root, FEEDBACK_FILE);
  let raw: unknown;
  try {
    // Stryker disable next-line StringLiteral: with no encoding named, readFileSync returns bytes and JSON.parse reads them as UTF-8 text all the same.
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${FEEDBACK_FILE}: ${(e as Error).message}`);
  }
  return `${JSON.stringify(parseFeedback(raw), null, 2)}\n`;
}

/**
 * Ships config/feedback.json beside the page (dist/config/feedback.json),
 * where a deployer may also edit it without rebuilding; the dev and preview
 * servers answer it from the source file.
 */
// Stryker disable next-line StringLiteral: path.resolve('') and path.resolve('.') are both the working directory.
export function feedbackConfigPlugin(root = '.'): Plugin {
  const serve = (req: { url?: string }, res: import('node:http').ServerResponse, next: () => void) => {
    if (req.url?.split('?')[0] !== `/${FEEDBACK_FILE}`) return next();
    res.setHeader('Content-Type', 'application/json');
    res.end(readFeedback(root));
  };
  return {
    name: 'qiaokou-feedback-config',
    configureServer: (server) => void server.middlewares.use(serve),
    configurePreviewServer: (server) => void server.middlewares.use(serve),
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FEEDBACK_FILE, source: readFeedback(root) });
    },
  };
}
