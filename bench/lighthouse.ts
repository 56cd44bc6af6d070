import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from '../e2e/browser';

export type FormFactor = 'desktop' | 'mobile';

export interface LighthouseScores {
  version: string;
  formFactor: FormFactor;
  /** 0–100. */
  performance: number;
  accessibility: number;
  /** The lab metrics behind the performance score, ms (CLS unitless). */
  metrics: Record<string, number>;
  /** Accessibility audits that failed, by id. */
  accessibilityFailures: string[];
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'] as const;

/**
 * Lighthouse's desktop preset or its default mobile one (both with simulated
 * throttling) against a served page, in Debian's Chromium launched with the
 * browser tests' flags and a debugging port for Lighthouse to drive.
 */
export async function runLighthouse(url: string, formFactor: FormFactor, port = 9333): Promise<LighthouseScores> {
  const browser = await launch([`--remote-debugging-port=${port}`]);
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] }, formFactor === 'desktop' ? desktopConfig : undefined);
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
    const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? Number.NaN]));
    const a11yRefs = lhr.categories.accessibility?.auditRefs ?? [];
    const accessibilityFailures = a11yRefs.filter((r) => r.weight > 0 && lhr.audits[r.id]?.score === 0).map((r) => r.id);
    return { version: lhr.lighthouseVersion, formFactor, performance: score('performance'), accessibility: score('accessibility'), metrics, accessibilityFailures };
  } finally {
    await browser.close();
  }
}
