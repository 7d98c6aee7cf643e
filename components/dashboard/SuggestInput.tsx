"use client";
import { useId, useState } from "react";
import { apiKey } from "@/lib/dashboard/queries";
import { useApi } from "@/lib/hooks/useApi";
import { useLang, useLabels } from "@/lib/i18n/LangContext";
import type { Suggestion } from "@/lib/query/suggest";

export interface SuggestInputProps {
  field: "authority" | "financer";
  label: string;
  hint?: string;
  onPick: (key: string, label: string) => void;
}

/**
 * Type-ahead over thousands of names (French authorities, financers): the server suggests, a native
 * datalist shows the suggestions (keyboard and screen-reader friendly), picking one adds a filter.
 */
export function SuggestInput({ field, label, hint, onPick }: SuggestInputProps) {
  const id = useId();
  const [text, setText] = useState("");
  const query = text.trim();
  const lang = useLang();
  const t = useLabels().dashboard.filters;
  const { data } = useApi<{ suggestions: Suggestion[] }>(query.length >= 2 ? apiKey("/api/suggest", { field, q: query, limit: 12 }, lang) : null);
  const suggestions = query.length >= 2 ? (data?.suggestions ?? []) : [];

  const pick = (value: string) => {
    const found = suggestions.find((s) => s.label === value);
    if (!found) return false;
    onPick(found.key, found.label);
    setText("");
    return true;
  };

  return (
    <div className="fr-input-group">
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint ? <span className="fr-hint-text">{hint}</span> : null}
      </label>
      <input
        className="fr-input"
        id={id}
        type="search"
        list={`${id}-list`}
        autoComplete="off"
        value={text}
        onChange={(event) => {
          if (!pick(event.target.value)) setText(event.target.value);
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && suggestions[0]) {
            event.preventDefault();
            pick(suggestions.find((s) => s.label === text)?.label ?? suggestions[0].label);
          }
        }}
      />
      <datalist id={`${id}-list`}>
        {suggestions.map((s) => (
          <option key={s.key} value={s.label}>{t.suggestion(s.partnerships)}</option>
        ))}
      </datalist>
    </div>
  );
}
