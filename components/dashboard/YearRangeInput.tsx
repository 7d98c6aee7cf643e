"use client";
import { useEffect, useId, useState } from "react";
import { useLabels } from "@/lib/i18n/LangContext";
import { yearsInOrder } from "@/lib/query/param-names";

export interface YearRangeInputProps {
  from?: number;
  to?: number;
  min: number;
  max: number;
  onChange: (range: { yearFrom?: number; yearTo?: number }) => void;
}

/** Two typed years (no slider to drag): applied on Enter or when leaving the field, checked first. */
export function YearRangeInput({ from, to, min, max, onChange }: YearRangeInputProps) {
  const id = useId();
  const t = useLabels().dashboard.filters;
  const [draft, setDraft] = useState({ from: from?.toString() ?? "", to: to?.toString() ?? "" });
  const [error, setError] = useState<string | null>(null);
  // Each field follows its own URL value only: committing one must not wipe what is being typed in the other.
  useEffect(() => setDraft((d) => ({ ...d, from: from?.toString() ?? "" })), [from]);
  useEffect(() => setDraft((d) => ({ ...d, to: to?.toString() ?? "" })), [to]);

  const commit = () => {
    const read = (value: string) => (value.trim() === "" ? undefined : Number(value));
    const yearFrom = read(draft.from);
    const yearTo = read(draft.to);
    for (const year of [yearFrom, yearTo]) {
      if (year !== undefined && (!Number.isInteger(year) || year < 1900 || year > 2100)) {
        setError(t.yearOutOfRange(min, max));
        return;
      }
    }
    if (!yearsInOrder({ yearFrom, yearTo })) {
      setError(t.yearsOrder);
      return;
    }
    setError(null);
    if (yearFrom !== from || yearTo !== to) onChange({ yearFrom, yearTo });
  };

  return (
    <fieldset className={`fr-fieldset year-range${error ? " fr-fieldset--error" : ""}`} aria-labelledby={`${id}-legend`}>
      <legend className="fr-fieldset__legend fr-text--regular" id={`${id}-legend`}>
        {t.years}
      </legend>
      {(["from", "to"] as const).map((bound) => (
        <div key={bound} className="fr-fieldset__element fr-fieldset__element--inline">
          <div className="fr-input-group">
            <label className="fr-label" htmlFor={`${id}-${bound}`}>
              {bound === "from" ? t.from : t.to}
            </label>
            <input
              className="fr-input"
              id={`${id}-${bound}`}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              placeholder={String(bound === "from" ? min : max)}
              value={draft[bound]}
              onChange={(event) => setDraft({ ...draft, [bound]: event.target.value })}
              onBlur={commit}
              onKeyDown={(event) => {
                if (event.key === "Enter") commit();
              }}
            />
          </div>
        </div>
      ))}
      {error ? (
        <div className="fr-messages-group" aria-live="polite">
          <p className="fr-message fr-message--error">{error}</p>
        </div>
      ) : null}
    </fieldset>
  );
}
