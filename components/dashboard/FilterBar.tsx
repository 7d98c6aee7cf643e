"use client";
import { useEffect, useId, useState } from "react";
import type { FilterOptions } from "@/lib/dashboard/options";
import type { DashboardState, UpdateState } from "@/lib/dashboard/state";
import { useLabels } from "@/lib/i18n/LangContext";
import type { FinancerCategory } from "@/lib/model";
import type { WorldRegion } from "@/lib/world-regions";
import { AddFilterSelect, FilterSelect } from "./FilterSelect";
import { SuggestInput } from "./SuggestInput";
import { YearRangeInput } from "./YearRangeInput";

export interface FilterBarProps {
  state: DashboardState;
  options: FilterOptions;
  update: UpdateState;
  /** The bar's heading and accessible name, when a page has several (the comparison's two sides). */
  heading?: string;
}

const add = <T extends string>(list: T[], value: T): T[] => (value && !list.includes(value) ? [...list, value] : list);

/** Every filter of the dashboard; each change goes to the URL at once (free text after a pause). */
export function FilterBar({ state, options, update, heading }: FilterBarProps) {
  const searchId = useId();
  const t = useLabels().dashboard.filters;
  const theme = options.themes.find((t) => t.key === state.theme);
  const subTheme = theme?.subThemes.find((s) => s.key === state.subTheme);
  const [text, setText] = useState(state.q ?? "");
  useEffect(() => setText(state.q ?? ""), [state.q]);
  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === state.q) return;
    // Typing should not flood the history: the search is applied after a pause, replacing the entry.
    const timer = setTimeout(() => update({ q }, { replace: true }), 350);
    return () => clearTimeout(timer);
  }, [text, state.q, update]);

  const years = options.years.start ?? { min: 1950, max: new Date().getFullYear() };
  // Repeatable filters chosen one value at a time from a list.
  const addSelects = [
    {
      label: t.country,
      placeholder: t.addCountry,
      options: options.countries.map((c) => ({ key: c.code, label: c.name })),
      chosen: state.country,
      onAdd: (value: string) => update((s) => ({ country: add(s.country, value) })),
    },
    { label: t.region, placeholder: t.addRegion, options: options.regions, chosen: state.region, onAdd: (value: string) => update((s) => ({ region: add(s.region, value as WorldRegion) })) },
    {
      label: t.financerCategory,
      placeholder: t.addCategory,
      options: options.financerCategories,
      chosen: state.financerCategory,
      onAdd: (value: string) => update((s) => ({ financerCategory: add(s.financerCategory, value as FinancerCategory) })),
    },
  ];
  return (
    <section className="filter-bar fr-p-2w fr-mb-3w" aria-label={heading ?? t.name}>
      <h2 className="fr-h6 fr-mb-2w">{heading ?? t.heading}</h2>
      <div className="filter-grid">
        {/* biome-ignore lint/a11y/useSemanticElements: the DSFR's search bar is a div with role="search"; the <search> element is too recent for the screen readers the RGAA audits with */}
        <div className="fr-search-bar filter-search" role="search">
          <label className="fr-label" htmlFor={searchId}>
            {t.search}
          </label>
          <input className="fr-input" id={searchId} type="search" placeholder={t.searchPlaceholder} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <FilterSelect
          label={t.theme}
          placeholder={t.allThemes}
          value={state.theme ?? ""}
          options={options.themes}
          onChange={(value) => update({ theme: value || undefined, subTheme: undefined, subSubTheme: undefined })}
        />
        <FilterSelect
          label={t.subTheme}
          placeholder={theme ? t.allSubThemes : t.themeFirst}
          value={state.subTheme ?? ""}
          options={theme?.subThemes ?? []}
          disabled={!theme}
          onChange={(value) => update({ subTheme: value || undefined, subSubTheme: undefined })}
        />
        <FilterSelect
          label={t.subSubTheme}
          placeholder={subTheme ? t.allSubSubThemes : t.subThemeFirst}
          value={state.subSubTheme ?? ""}
          options={subTheme?.subSubThemes ?? []}
          disabled={!subTheme || subTheme.subSubThemes.length === 0}
          onChange={(value) => update({ subSubTheme: value || undefined })}
        />
        <div className="fr-checkbox-group fr-checkbox-group--sm theme-scope">
          <input
            type="checkbox"
            id={`${searchId}-scope`}
            checked={state.themeScope === "any"}
            onChange={(e) => update({ themeScope: e.target.checked ? "any" : "main" })}
          />
          <label className="fr-label" htmlFor={`${searchId}-scope`}>
            {t.secondaryThemes}
          </label>
        </div>
        {addSelects.map((select) => (
          <AddFilterSelect key={select.label} {...select} />
        ))}
        <SuggestInput field="financer" label={t.financer} hint={t.financerHint} onPick={(key) => update((s) => ({ financer: add(s.financer, key) }))} />
        <FilterSelect
          label={t.status}
          placeholder={t.allStatuses}
          value={state.status ?? ""}
          options={options.statuses}
          onChange={(value) => update({ status: (value || undefined) as DashboardState["status"] })}
        />
        <SuggestInput
          field="authority"
          label={t.authority}
          hint={t.authorityHint}
          onPick={(key) => update((s) => ({ authority: add(s.authority, key) }))}
        />
        <YearRangeInput from={state.yearFrom} to={state.yearTo} min={years.min} max={years.max} onChange={(range) => update(range)} />
        <FilterSelect
          label={t.period}
          placeholder={t.periodActive}
          value={state.yearMode === "started" ? "started" : ""}
          options={[{ key: "started", label: t.periodStarted }]}
          onChange={(value) => update({ yearMode: value === "started" ? "started" : "active" })}
        />
      </div>
    </section>
  );
}
