"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { useId, useMemo, useState } from "react";
import { formatsOf } from "@/lib/format";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { withLang } from "@/lib/i18n/lang";
import { measureLabels } from "@/lib/map/measures";
import { type CountrySortKey, type PlaceFigures, type SortDirection, defaultDirection, sortCountries } from "@/lib/map/sortCountries";
import "./map.css";

/** The words of the table, for countries by default; the France map's table names its areas. */
export interface PlaceListLabels {
  caption: string;
  column: string;
  unit: string;
  empty: string;
  more: (count: string) => string;
  /** The row's data attribute (`data-country`, `data-area`): a stable hook for tests. */
  rowData: "country" | "area";
}


export interface CountryListProps<T extends PlaceFigures = PlaceFigures> {
  countries: T[];
  /** ISO codes currently in the country filter: their filter toggle pressed (or, without pages, their name and a "sélectionné" badge). */
  selected: string[];
  onSelectCountry: (code: string) => void;
  /**
   * Optional: href of a country page. Then each row's name is the link to it and a filter icon
   * button toggles the country in the filter; without it (the France panel's areas) the name is
   * that toggle.
   */
  countryHref?: (code: string) => string;
  /** Optional: id of the table's wrapper, target of CountryMap's "skip the map" link. */
  id?: string;
  /**
   * Optional: how many rows (in the current order) to show until "Afficher les … autres pays" is
   * pressed. Default: all.
   */
  initialRows?: number;
  /** Optional: an action of each country's row (the dashboard's "Détail" of its number). */
  detail?: (country: T) => ReactNode;
  labels?: PlaceListLabels;
}

const COLUMNS: { key: CountrySortKey; numeric: boolean }[] = [
  { key: "name", numeric: false },
  { key: "partnerships", numeric: true },
  { key: "amount", numeric: true },
  { key: "frenchAuthorities", numeric: true },
];

/** The map's figures as a sortable table: the accessible, keyboard way to read and pick countries (or French areas). */
export function CountryList<T extends PlaceFigures>({ countries, selected, onSelectCountry, countryHref, id, initialRows, detail, labels: placeLabels }: CountryListProps<T>) {
  const lang = useLang();
  const text = useLabels().dashboard.map.list;
  const labels = placeLabels ?? { ...text, rowData: "country" as const };
  const { integer: formatInteger, euros: formatEuros } = formatsOf(lang);
  const measures = measureLabels(lang);
  const [sort, setSort] = useState<{ key: CountrySortKey; direction: SortDirection }>({ key: "partnerships", direction: "descending" });
  const [showAll, setShowAll] = useState(initialRows === undefined);
  const sorted = useMemo(() => sortCountries(countries, sort.key, sort.direction), [countries, sort]);
  const rows = showAll || initialRows === undefined ? sorted : sorted.slice(0, initialRows);
  const hidden = sorted.length - rows.length;
  const chosen = useMemo(() => new Set(selected), [selected]);
  const captionId = useId();

  const sortBy = (key: CountrySortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === "ascending" ? "descending" : "ascending" }
        : { key, direction: defaultDirection(key) },
    );

  return (
    <div className="fr-table fr-table--sm country-list" id={id}>
      {/* Focusable so that keyboard users can scroll it (the region is taller than its 420 px box). */}
      {/* biome-ignore lint/a11y/useSemanticElements: the scrolling box of a table, not a section of the page */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: see above: keyboard users scroll it */}
      <div className="country-list-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table>
          <caption id={captionId}>
            {labels.caption} <span className="country-list-count">({formatInteger(countries.length)} {labels.unit})</span>
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => ({ ...c, label: c.key === "name" ? labels.column : measures[c.key] })).map((column) => {
                const active = sort.key === column.key;
                return (
                  <th key={column.key} scope="col" aria-sort={active ? sort.direction : undefined} className={column.numeric ? "is-numeric" : undefined}>
                    <button type="button" className="country-list-sort" onClick={() => sortBy(column.key)}>
                      {column.label}
                      <span className="country-list-arrow" aria-hidden="true">
                        {active ? (sort.direction === "ascending" ? "▲" : "▼") : "↕"}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length}>{labels.empty}</td>
              </tr>
            ) : (
              rows.map((country) => {
                const isSelected = chosen.has(country.code);
                return (
                  <tr key={country.code} className={isSelected ? "is-selected" : undefined} {...{ [`data-${labels.rowData}`]: country.code }}>
                    <th scope="row">
                      <div className="country-list-place">
                        {countryHref ? (
                          <>
                            {/* The name is the link to the place's page; the full name in the title when it is cut short.
                                No prefetch: Next.js would fetch the page of every one of the 140 countries in view. */}
                            <Link prefetch={false} className="country-list-name" href={withLang(countryHref(country.code), lang)} title={text.pageName(country.name)}>
                              {country.name}
                            </Link>
                            <button
                              type="button"
                              className={`fr-btn fr-btn--tertiary-no-outline fr-btn--sm ${isSelected ? "fr-icon-filter-fill" : "fr-icon-filter-line"} country-list-filter`}
                              aria-pressed={isSelected}
                              title={text.filterOn(country.name)}
                              onClick={() => onSelectCountry(country.code)}
                            >
                              {text.filterOn(country.name)}
                            </button>
                          </>
                        ) : (
                          <>
                            <button type="button" className="country-list-name" aria-pressed={isSelected} title={country.name} onClick={() => onSelectCountry(country.code)}>
                              {country.name}
                            </button>
                            {isSelected ? <span className="fr-badge fr-badge--sm fr-badge--blue-france country-list-badge">{text.selected}</span> : null}
                          </>
                        )}
                        {detail?.(country)}
                      </div>
                    </th>
                    <td className="is-numeric">{formatInteger(country.partnerships)}</td>
                    <td className="is-numeric">{formatEuros(country.amount)}</td>
                    <td className="is-numeric">{formatInteger(country.frenchAuthorities)}</td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
        {hidden > 0 ? (
          <button type="button" className="fr-btn fr-btn--tertiary fr-btn--sm country-list-more" onClick={() => setShowAll(true)}>
            {labels.more(formatInteger(hidden))}
          </button>
        ) : null}
      </div>
    </div>
  );
}
