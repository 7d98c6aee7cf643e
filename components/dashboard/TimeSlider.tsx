"use client";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { useDatasetDate } from "@/components/presentation/DatasetStamp";
import { firstPartialYear, isPartialYear } from "@/lib/charts/partial-year";
import type { FilterOptions } from "@/lib/dashboard/options";
import type { DashboardState, UpdateState } from "@/lib/dashboard/state";
import { outOfBounds, pageStep, replacesEntry, singleYear, sliderPosition, yearBounds, yearPatch } from "@/lib/dashboard/time";
import { usePlayback } from "@/lib/hooks/usePlayback";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import { LOCALES } from "@/lib/i18n/lang";
import "./time.css";

const MODES = ["active", "started"] as const;
// A drag or a held arrow key runs through years faster than answers come: only the year the hand
// stops on is written to the URL (and fetched).
const SETTLE_MS = 200;

export interface TimeSliderProps {
  state: DashboardState;
  options: FilterOptions;
  update: UpdateState;
  /** Whether the dashboard's answer for the URL's year is on screen (playing waits for it). */
  ready: boolean;
  failed: boolean;
}

const secondsIn = (locale: string) => (ms: number) => (ms / 1000).toLocaleString(locale);

/** The dashboard's year, one at a time: a slider, play and pause, and what a year counts. */
export function TimeSlider({ state, options, update, ready, failed }: TimeSliderProps) {
  const id = useId();
  const t = useLabels().time;
  const firstPartial = firstPartialYear(useDatasetDate());
  const seconds = secondsIn(LOCALES[useLang()]);
  const bounds = yearBounds(options.years);
  const year = singleYear(state);
  const [draft, setDraft] = useState<number | undefined>(undefined);
  const show = (next: number | undefined) => update(yearPatch(next), { replace: replacesEntry(state) });
  const showRef = useRef(show);
  showRef.current = show;
  const playback = usePlayback({ year, bounds, ready, failed, show });

  useEffect(() => {
    if (draft === undefined) return;
    if (draft === year) {
      setDraft(undefined);
      return;
    }
    const timer = setTimeout(() => showRef.current(draft), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [draft, year]);

  if (!bounds) return <p className="fr-text--sm">{t.noYears}</p>;

  const shown = draft ?? year;
  const range = shown === undefined && (state.yearFrom !== undefined || state.yearTo !== undefined);
  const from = String(state.yearFrom ?? bounds.min);
  const to = String(state.yearTo ?? bounds.max);
  const valueText = shown !== undefined ? t.valueText(shown, state.yearMode) : range ? t.valueTextRange(from, to) : t.valueTextAll;
  const move = (next: number) => {
    playback.pause();
    setDraft(next);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const next = pageStep(event.key, draft ?? sliderPosition(state, bounds), bounds);
    if (next === null) return;
    event.preventDefault();
    move(next);
  };
  // From the dataset's date, as the year chart marks it (not the clock: the page and the server agree).
  const partial = shown !== undefined && isPartialYear(shown, firstPartial);

  return (
    <section className="time-panel fr-mb-3w" aria-labelledby={`${id}-title`}>
      <h2 className="fr-h6 fr-mb-1v" id={`${id}-title`}>
        {t.title}
      </h2>
      <p className="fr-text--sm fr-mb-2w">{t.intro}</p>
      <div className="time-controls">
        <p className="time-year" aria-hidden="true" data-year={shown ?? ""}>
          {shown ?? (range ? `${from}–${to}` : t.allYears)}
        </p>
        <button
          type="button"
          className={`fr-btn fr-btn--secondary fr-btn--icon-left ${playback.playing ? "fr-icon-pause-circle-line" : "fr-icon-play-line"}`}
          title={playback.playing ? t.pauseTitle : t.playTitle}
          onClick={playback.playing ? playback.pause : playback.play}
        >
          {playback.playing ? t.pause : t.play}
        </button>
        <div className="time-range">
          <label className="fr-label" htmlFor={`${id}-year`}>
            {t.slider}
          </label>
          <input
            id={`${id}-year`}
            className="time-range__input"
            type="range"
            min={bounds.min}
            max={bounds.max}
            step={1}
            value={draft ?? sliderPosition(state, bounds)}
            aria-valuetext={valueText}
            aria-describedby={`${id}-bounds`}
            onChange={(event) => move(Number(event.target.value))}
            onKeyDown={onKeyDown}
          />
          <p className="time-range__bounds fr-text--xs fr-mb-0" id={`${id}-bounds`}>
            <span>{bounds.min}</span>
            <span className="fr-sr-only">{t.range(bounds.min, bounds.max)}</span>
            <span>{bounds.max}</span>
          </p>
        </div>
        {year !== undefined ? (
          <button
            type="button"
            className="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-close-line fr-btn--icon-left"
            title={t.showAllYears}
            onClick={() => {
              playback.pause();
              setDraft(undefined);
              update(yearPatch(undefined));
            }}
          >
            {t.allYears}
          </button>
        ) : null}
      </div>
      <fieldset className="fr-fieldset time-mode fr-mb-0" aria-labelledby={`${id}-mode`}>
        <legend className="fr-fieldset__legend fr-fieldset__legend--regular fr-text--sm fr-pb-1v" id={`${id}-mode`}>
          {t.modeLegend}
        </legend>
        {MODES.map((mode) => (
          <div key={mode} className="fr-fieldset__element fr-fieldset__element--inline fr-mb-0">
            <div className="fr-radio-group fr-radio-group--sm">
              <input
                type="radio"
                id={`${id}-mode-${mode}`}
                name={`${id}-mode`}
                value={mode}
                checked={state.yearMode === mode}
                onChange={() => update({ yearMode: mode })}
              />
              <label className="fr-label" htmlFor={`${id}-mode-${mode}`}>
                {t.modes[mode]}
                {mode === "active" ? ` ${t.modeDefault}` : ""}
              </label>
            </div>
          </div>
        ))}
        <p className="fr-hint-text fr-fieldset__element fr-mb-0">{t.modeHint}</p>
      </fieldset>
      <div className="time-notes fr-text--sm" role="status">
        {playback.playing ? <p className="fr-mb-0">{t.playing(seconds(playback.delay), bounds.max)}</p> : null}
        {playback.reducedMotion ? <p className="fr-mb-0">{t.reducedMotion(seconds(playback.delay))}</p> : null}
        {range ? <p className="fr-mb-0">{t.replacesRange(from, to)}</p> : null}
        {shown !== undefined && outOfBounds(shown, bounds) ? <p className="fr-mb-0">{t.outOfBounds(shown, bounds.min, bounds.max)}</p> : null}
        {partial && shown !== undefined ? <p className="fr-mb-0">{t.partialYear(shown)}</p> : null}
      </div>
    </section>
  );
}
