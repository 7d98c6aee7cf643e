"use client";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useTransition } from "react";
import { DatasetStampProvider } from "@/components/presentation/DatasetStamp";
import type { FilterOptions } from "@/lib/dashboard/options";
import { type DashboardState, EMPTY_STATE, type UpdateState, applyPatch, filtersOf } from "@/lib/dashboard/state";
import { COMPARE_MEASURES, type CompareState, compareHref, compareQuery, SIDES, type Side } from "@/lib/compare/state";
import { withLang } from "@/lib/i18n/lang";
import { useLabels, useLang } from "@/lib/i18n/LangContext";
import type { AppliedFilter } from "@/lib/query/describe";
import type { ParamIssue } from "@/lib/query/params";
import { ActiveFilters } from "../dashboard/ActiveFilters";
import { FilterBar } from "../dashboard/FilterBar";
import { ComparePanelSection, type ComparePanelView } from "./ComparePanel";
import { CompareSummary, type SideHeadline } from "./CompareSummary";
import "./compare.css";

export interface CompareViewProps {
  state: CompareState;
  options: FilterOptions;
  issues: ParamIssue[];
  applied: Record<Side, AppliedFilter[]>;
  headlines: Record<Side, SideHeadline>;
  panels: ComparePanelView[];
  dataset: string;
}

/**
 * The comparison's controls and panels. The URL is the state: every change navigates to the new
 * comparison's URL and the server renders its figures (one engine, one place that computes them).
 */
export function CompareView({ state, options, issues, applied, headlines, panels, dataset }: CompareViewProps) {
  const router = useRouter();
  const lang = useLang();
  const text = useLabels().compare;
  const [pending, startTransition] = useTransition();
  // The comparison asked for last: a second change made while the server renders the first builds
  // on it, not on the comparison on screen (which would drop the first change).
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  const go = useCallback(
    (next: CompareState, replace = false) => {
      latest.current = next;
      const href = withLang(compareHref(next), lang);
      startTransition(() => (replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false })));
    },
    [router, lang],
  );
  const sideState = (side: Side, from: CompareState = state): DashboardState => ({ ...EMPTY_STATE, ...from[side] });
  const updateSide =
    (side: Side): UpdateState =>
    (patch, opts = {}) =>
      go({ ...latest.current, [side]: filtersOf(applyPatch(sideState(side, latest.current), patch)) }, opts.replace);
  const query = compareQuery(state);
  // A view's link (`panel=compare-themes`, from a presentation) opens the page at that panel.
  const target = state.panel;
  useEffect(() => {
    if (target) document.getElementById(target)?.scrollIntoView();
  }, [target]);
  return (
    <DatasetStampProvider stamp={dataset}>
      {issues.length > 0 ? (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w" role="alert">
          <p>{text.issues(issues.map((p) => `${p.param} (${p.message})`).join(", "))}</p>
        </div>
      ) : null}
      <div className="compare-sides">
        {SIDES.map((side) => (
          <div key={side} className={`compare-side compare-side--${side}`}>
            <FilterBar heading={text.side[side]} state={sideState(side)} options={options} update={updateSide(side)} />
            <ActiveFilters state={sideState(side)} options={options} serverLabels={applied[side]} update={updateSide(side)} />
          </div>
        ))}
      </div>
      <div className="compare-toolbar fr-mb-3w">
        <fieldset className="fr-fieldset fr-mb-0" aria-labelledby="compare-measure-legend">
          <legend id="compare-measure-legend" className="fr-fieldset__legend--regular fr-fieldset__legend">{text.measureLabel}</legend>
          {COMPARE_MEASURES.map((measure) => (
            <div key={measure} className="fr-fieldset__element fr-fieldset__element--inline">
              <div className="fr-radio-group fr-radio-group--sm">
                <input type="radio" id={`compare-measure-${measure}`} name="compare-measure" checked={state.measure === measure} onChange={() => go({ ...latest.current, measure })} />
                <label className="fr-label" htmlFor={`compare-measure-${measure}`}>{text.measures[measure]}</label>
              </div>
            </div>
          ))}
        </fieldset>
        <ul className="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-mb-0">
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={() => go({ ...latest.current, a: latest.current.b, b: latest.current.a })}>{text.swap}</button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--tertiary" onClick={() => go({ ...latest.current, b: latest.current.a })}>{text.copyAToB}</button>
          </li>
        </ul>
      </div>
      <CompareSummary headlines={headlines} names={panels[0]?.names ?? { a: text.side.a, b: text.side.b }} />
      <div className="compare-panels" aria-busy={pending || undefined}>
        {panels.map((view) => (
          <ComparePanelSection key={view.panel} view={view} query={query} dimmed={pending} />
        ))}
      </div>
    </DatasetStampProvider>
  );
}
