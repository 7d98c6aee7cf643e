import Form from "next/form";
import { searchHiddenFields } from "@/lib/list/links";
import type { ListOptions } from "@/lib/list/params";
import { LANG_PARAM, type Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { listHref } from "@/lib/pages/links";

export interface ListSearchProps {
  /** The current text search, if any. */
  q: string | undefined;
  query: string;
  options: ListOptions;
  lang?: Lang;
}

/**
 * The DSFR search bar over titles and descriptions: a GET form (it works without JavaScript; with
 * it, next/form navigates without a full reload) that carries every other parameter as hidden fields.
 */
export function ListSearch({ q, query, options, lang = "fr" }: ListSearchProps) {
  const text = labelsOf(lang).pages.list.search;
  return (
    <Form action={listHref()} role="search" aria-label={text.label} className="fr-mb-3w">
      {/* The form replaces the whole query: the language is one of the fields it carries. */}
      {lang !== "fr" ? <input type="hidden" name={LANG_PARAM} value={lang} /> : null}
      {/* Pairs of a canonical query: a repeated parameter never has a value twice. */}
      {searchHiddenFields(query, options).map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <div className="fr-search-bar fr-search-bar--lg">
        <label className="fr-label" htmlFor="list-search">
          {text.field}
        </label>
        <input
          className="fr-input"
          type="search"
          id="list-search"
          name="q"
          defaultValue={q ?? ""}
          placeholder={text.placeholder}
        />
        <button type="submit" className="fr-btn" title={text.button}>
          {text.button}
        </button>
      </div>
    </Form>
  );
}
