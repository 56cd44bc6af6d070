import type { ReportDoc } from '../../lib/report/structure';
import { goToSection } from '../panel/goTo';
import { blockDomId } from './ReportBlock';
import { READER_STRINGS } from './strings';
import { useText } from '../useText';

/** The report's parts and numbered headings; each entry moves focus to its heading. */
export function Toc({ doc }: { doc: ReportDoc }) {
  const t = useText(READER_STRINGS);
  return (
    <details className="r-toc">
      <summary>{t('toc')}</summary>
      <nav aria-label={t('tocLabel')}>
        <ul>
          {doc.toc.map((t) => (
            <li key={t.id} className={`r-toc-${t.kind}`}>
              <button type="button" className="link-button" onClick={() => goToSection(blockDomId(t.id))}>
                {t.title}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  );
}
