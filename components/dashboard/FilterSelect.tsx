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

export interface AddFilterSelectProps {
  label: string;
  /** Label of the empty choice ("Ajouter un pays…"). */
  placeholder: string;
  options: { key: string; label: string }[];
  /** Values already chosen: not offered again. */
  chosen: readonly string[];
  onAdd: (value: string) => void;
}

/** A select that adds one value to a repeatable filter, offering only the values not chosen yet. */
export function AddFilterSelect({ label, placeholder, options, chosen, onAdd }: AddFilterSelectProps) {
  return (
    <FilterSelect
      label={label}
      placeholder={placeholder}
      value=""
      options={options.filter((option) => !chosen.includes(option.key))}
      onChange={(value) => {
        if (value && !chosen.includes(value)) onAdd(value);
      }}
    />
  );
}
