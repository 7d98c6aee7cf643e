"use client";
import { type Chip, chipsOf, withoutChip } from "@/lib/dashboard/chips";
import type { FilterOptions } from "@/lib/dashboard/options";
import { type DashboardState, EMPTY_STATE, type UpdateState } from "@/lib/dashboard/state";
import { useLabels } from "@/lib/i18n/LangContext";
import type { AppliedFilter } from "@/lib/query/describe";

export interface ActiveFiltersProps {
  state: DashboardState;
  options: FilterOptions;
  serverLabels: readonly AppliedFilter[];
  update: UpdateState;
}

/** The active filters as DSFR dismissible tags, and a reset that keeps the view's settings. */
export function ActiveFilters({ state, options, serverLabels, update }: ActiveFiltersProps) {
  const labels = useLabels();
  const t = labels.dashboard.filters;
  const chips = chipsOf(state, options, serverLabels, labels);
  if (chips.length === 0) return <p className="fr-text--sm fr-mb-2w active-filters-none">{t.none}</p>;
  const reset = () => {
    const { map, mapMode, mapView, rank } = state;
    update({ ...EMPTY_STATE, map, mapMode, mapView, rank });
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of removable chips (buttons), not of form fields: a fieldset would announce a form section
    <div className="active-filters fr-mb-2w" aria-label={t.active} role="group">
      <ul className="fr-tags-group">
        {chips.map((chip: Chip) => (
          <li key={`${chip.param}=${chip.value}`}>
            <button type="button" className="fr-tag fr-tag--sm fr-tag--dismiss" aria-label={t.remove(chip.label)} onClick={() => update((current) => withoutChip(current, chip))}>
              {chip.label}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-refresh-line fr-btn--icon-left" onClick={reset}>
        {t.reset}
      </button>
    </div>
  );
}
