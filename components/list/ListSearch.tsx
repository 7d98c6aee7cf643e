import Form from "next/form";
import { searchHiddenFields } from "@/lib/list/links";
import type { ListOptions } from "@/lib/list/params";
import { listHref } from "@/lib/pages/links";

export interface ListSearchProps {
  /** The current text search, if any. */
  q: string | undefined;
  query: string;
  options: ListOptions;
}

/**
 * The DSFR search bar over titles and descriptions: a GET form (it works without JavaScript; with
 * it, next/form navigates without a full reload) that carries every other parameter as hidden fields.
 */
export function ListSearch({ q, query, options }: ListSearchProps) {
  return (
    <Form action={listHref()} role="search" aria-label="Rechercher dans les partenariats" className="fr-mb-3w">
      {/* Pairs of a canonical query: a repeated parameter never has a value twice. */}
      {searchHiddenFields(query, options).map(([name, value]) => (
        <input key={`${name}=${value}`} type="hidden" name={name} value={value} />
      ))}
      <div className="fr-search-bar fr-search-bar--lg">
        <label className="fr-label" htmlFor="list-search">
          Rechercher dans les titres et les descriptions
        </label>
        <input
          className="fr-input"
          type="search"
          id="list-search"
          name="q"
          defaultValue={q ?? ""}
          placeholder="Rechercher un partenariat (mots du titre ou de la description)"
        />
        <button type="submit" className="fr-btn" title="Rechercher">
          Rechercher
        </button>
      </div>
    </Form>
  );
}
