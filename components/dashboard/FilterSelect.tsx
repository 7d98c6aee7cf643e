"use client";
import { useId } from "react";

export interface FilterSelectProps {
  label: string;
  value: string;
  options: { key: string; label: string }[];
  /** Label of the empty choice ("Toutes", "Ajouter un pays…"). */
  placeholder: string;
  onChange: (value: string) => void;
  disabled?: boolean;
}

/** A DSFR select whose empty value means "no filter". */
export function FilterSelect({ label, value, options, placeholder, onChange, disabled }: FilterSelectProps) {
  const id = useId();
  return (
    <div className={`fr-select-group${disabled ? " fr-select-group--disabled" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
      </label>
      <select className="fr-select" id={id} value={value} disabled={disabled} onChange={(event) => onChange(event.target.value)}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.key} value={option.key}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
