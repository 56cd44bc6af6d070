import type { ReportDoc } from '../../lib/report/structure';
import { goToSection } from './goTo';
import { blockDomId } from './ReportBlock';
import { READER_STRINGS } from './strings';
import { useStrings } from './useStrings';

/** The report's parts and numbered headings; each entry moves focus to its heading. */
export function Toc({ doc }: { doc: ReportDoc }) {
  const s = useStrings(READER_STRINGS);
  return (
    <details className="r-toc">
      <summary>{s.toc}</summary>
      <nav aria-label={s.tocLabel}>
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
