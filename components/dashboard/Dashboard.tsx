"use client";
import Link from "next/link";
import { type ReactNode, Suspense, lazy, useEffect } from "react";
import { SWRConfig } from "swr";
import { DatasetStampProvider } from "@/components/presentation/DatasetStamp";
import type { DashboardBody } from "@/lib/api/dashboard";
import { chipsOf } from "@/lib/dashboard/chips";
import type { FilterOptions } from "@/lib/dashboard/options";
import { dashboardKey } from "@/lib/dashboard/queries";
import { dashboardQuery, filtersOf } from "@/lib/dashboard/state";
import { singleYear } from "@/lib/dashboard/time";
import { compareFromHref } from "@/lib/compare/state";
import { formatsOf } from "@/lib/format";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { withLang } from "@/lib/i18n/lang";
import { listHref } from "@/lib/pages/links";
import { type Answer, useApi } from "@/lib/hooks/useApi";
import { type ParsedState, useDashboardState } from "@/lib/hooks/useDashboardState";
import { useDetail } from "@/lib/hooks/useDetail";
import { PANEL_ANCHORS } from "@/lib/panels/dashboard-panels";
import type { ParamIssue } from "@/lib/query/params";
import { DetailProvider } from "../detail/DetailContext";
import { island } from "../islands/island";
import { HeadlineTiles } from "../summary/HeadlineTiles";
import { ActiveFilters } from "./ActiveFilters";
import { FilterFold } from "./FilterFold";
import "./panel-styles";

// The panels are islands (components/islands): out of the first load, hydrated when they near the
// screen on a phone; the figures, filters' summary and fold above them are the page's own code.
const FilterBar = island("filter-bar", () => import("./FilterBar").then((m) => m.FilterBar));
const TimeSlider = island("time-slider", () => import("./TimeSlider").then((m) => m.TimeSlider));
const MapPanel = island("map", () => import("./MapPanel").then((m) => m.MapPanel));
const FrancePanel = island("france", () => import("../france/FrancePanel").then((m) => m.FrancePanel));
const YearPanel = island("years", () => import("./YearPanel").then((m) => m.YearPanel));
const ThemePanel = island("themes", () => import("./ThemePanel").then((m) => m.ThemePanel));
const FinancerPanels = island("financers", () => import("./FinancerPanels").then((m) => m.FinancerPanels));
const RankingPanels = island("rankings", () => import("./RankingPanels").then((m) => m.RankingPanels));

export interface DashboardProps {
  options: FilterOptions;
  /** Answers for the first paint, keyed as the hooks key their requests. */
  fallback: Record<string, unknown>;
  /** Problems with the URL found by the server (unknown theme…). */
  serverIssues: ParamIssue[];
  /** The dataset's stamp (lib/presentation/deck.ts) for the views added to a presentation. */
  dataset: string;
  /** The state the server parsed from the page's address (the browser loads the parser later). */
  initial: ParsedState;
}

// The "Détail" dialog's code (11 KB gzip) is not in the first load: it is fetched once the page
// is idle, so that a first "Détail" opens at once rather than after a download.
const loadDetailDialog = () => import("../detail/DetailDialog");
const DetailDialog = lazy(() => loadDetailDialog().then((module) => ({ default: module.DetailDialog })));
function preloadDetailDialog(): () => void {
  if (typeof window.requestIdleCallback !== "function") {
    const timer = window.setTimeout(() => void loadDetailDialog(), 200);
    return () => window.clearTimeout(timer);
  }
  const handle = window.requestIdleCallback(() => void loadDetailDialog());
  return () => window.cancelIdleCallback(handle);
}

/**
 * A part of the page hydrated on its own: React leaves a server-rendered Suspense boundary for
 * later and hydrates it at idle priority in slices of a few milliseconds, so that the page's
 * hydration is many short tasks instead of one long one (on a phone it blocked the main thread for
 * over a second). Nothing in it suspends: the server renders it whole, and a click on a part not yet
 * hydrated hydrates that part first (React replays the event).
 */
function Part({ children }: { children: ReactNode }) {
  return <Suspense fallback={null}>{children}</Suspense>;
}

export function Dashboard({ options, fallback, serverIssues, dataset, initial }: DashboardProps) {
  return (
    <SWRConfig value={{ fallback }}>
      <DatasetStampProvider stamp={dataset}>
        <DashboardView options={options} serverIssues={serverIssues} initial={initial} />
      </DatasetStampProvider>
    </SWRConfig>
  );
}

function DashboardView({ options, serverIssues, initial }: Omit<DashboardProps, "fallback" | "dataset">) {
  const { state, issues, update } = useDashboardState(initial);
  const lang = useLang();
  const labels = useLabels();
  const text = labels.dashboard;
  // A view's link (`panel=themes`, from a presentation) opens the dashboard at that panel.
  useEffect(preloadDetailDialog, []);
  const target = state.panel;
  useEffect(() => {
    if (target) document.getElementById(PANEL_ANCHORS[target])?.scrollIntoView();
  }, [target]);
  const answer = useApi<DashboardBody>(dashboardKey(state, lang));
  const details = useDetail(state);
  // Every panel gets its part of the one answer, the same error, and dims while the next one loads.
  const part = <K extends keyof DashboardBody>(name: K): Answer<DashboardBody[K]> => ({ data: answer.data?.[name], error: answer.error, stale: answer.stale });
  const summary = part("summary");
  const chips = chipsOf(state, options, summary.data?.applied ?? [], labels);
  const subtitle = chips.length > 0 ? chips.map((c) => c.label).join(" · ") : text.allCooperation;
  const problems = [...issues, ...serverIssues];
  return (
    <DetailProvider open={details.open}>
      {problems.length > 0 ? (
        <div className="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w" role="alert">
          <p>{text.ignored(problems.map((p) => `${p.param} (${p.message})`).join(", "))}</p>
        </div>
      ) : null}
      <div className="filter-head">
        <FilterFold active={chips.length}>
          <FilterBar state={state} options={options} update={update} />
        </FilterFold>
        <Part>
          <ActiveFilters state={state} options={options} serverLabels={summary.data?.applied ?? []} update={update} />
        </Part>
      </div>
      {summary.data ? (
        <HeadlineTiles
          dimmed={summary.stale}
          lang={lang}
          figures={{ ...summary.data, coverageShare: summary.data.coverage.share }}
        />
      ) : null}
      {summary.data && summary.data.partnerships > 0 ? (
        <p className="fr-mb-3w">
          <Link prefetch={false} className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={withLang(listHref(dashboardQuery(state)), lang)}>
            {text.seeList(formatsOf(lang).integer(summary.data.partnerships))}
          </Link>
        </p>
      ) : null}
      <p className="fr-mb-3w">
        <Link prefetch={false} className="fr-link fr-icon-arrow-right-line fr-link--icon-right" href={withLang(compareFromHref(filtersOf(state)), lang)}>
          {labels.compare.start}
        </Link>
      </p>
      {/* After the figures, not before: on a phone the first screen shows figures, not controls. */}
      <TimeSlider state={state} options={options} update={update} ready={answer.data !== undefined && !answer.stale} failed={answer.error !== undefined} />
      {summary.data?.partnerships === 0 ? (
        <div className="fr-callout fr-mb-3w empty-result" role="status">
          <h2 className="fr-callout__title fr-h6">{text.emptyTitle}</h2>
          <p className="fr-callout__text fr-text--sm">{text.emptyHelp}</p>
        </div>
      ) : null}
      <MapPanel answer={part("countries")} state={state} subtitle={subtitle} update={update} />
      <FrancePanel answer={part("france")} state={state} subtitle={subtitle} update={update} />
      <div className="chart-grid">
        <div className="chart-grid-wide">
          <YearPanel funding={part("years")} active={part("activeYears")} subtitle={subtitle} query={dashboardQuery(state)} selectedYear={singleYear(state)} update={update} />
        </div>
        <ThemePanel answer={part("themes")} state={state} options={options} subtitle={subtitle} update={update} />
        <FinancerPanels categories={part("financerCategories")} financers={part("financers")} state={state} subtitle={subtitle} update={update} />
        <RankingPanels countries={part("topCountries")} authorities={part("topAuthorities")} state={state} subtitle={subtitle} update={update} />
      </div>
      {details.detail ? (
        <Suspense fallback={null}>
          <DetailDialog state={state} detail={details.detail} onPage={details.setPage} onClose={details.close} />
        </Suspense>
      ) : null}
    </DetailProvider>
  );
}
