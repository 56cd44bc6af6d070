import { CATEGORY_NAMES, STATUS_NAMES, targetName } from '../lib/i18n';
import { CATEGORY_LOOK } from '../map/palette';
import type { Category, PlanTarget, Status } from '../schema/feature';
import { useLang } from './useText';

export function CategoryBadge({ category }: { category: Category }) {
  const lang = useLang();
  const look = CATEGORY_LOOK[category];
  return (
    <span className="badge badge-category" style={{ borderColor: look.color, color: look.color }}>
      <span className="glyph" style={{ background: look.color }} aria-hidden="true">
        {look.glyph}
      </span>
      {CATEGORY_NAMES[category][lang]}
    </span>
  );
}

export function StatusBadge({ status }: { status: Status }) {
  const lang = useLang();
  return <span className={`badge badge-status status-${status}`}>{STATUS_NAMES[status][lang]}</span>;
}

/** The 2023 plan's aim for a place, beside the state it has reached: "2023年计划建成". */
export function TargetBadge({ target }: { target: PlanTarget | undefined }) {
  const lang = useLang();
  if (!target) return null;
  return <span className={`badge badge-target target-${target}`}>{targetName(target, lang)}</span>;
}
