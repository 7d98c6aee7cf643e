import Link from "next/link";
import { LANG_PARAM, withLang } from "@/lib/i18n/lang";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";
import { dashboardHref, listHref } from "@/lib/pages/links";

/** An unknown partnership id (HTTP 404): say so, and offer a search, the list and the dashboard. */
export default async function PartnershipNotFound() {
  // A not-found page has no search params: the language comes from the request (proxy.ts).
  const lang = await requestLang();
  const text = labelsOf(lang).pages.fiche.notFound;
  return (
    <div className="fr-grid-row">
      <div className="fr-col-12 fr-col-lg-8">
        <h1 className="fr-h2">{text.title}</h1>
        <p className="fr-text--lead">{text.lead}</p>
        <p>{text.text}</p>
        {/* biome-ignore lint/a11y/useSemanticElements: the <search> element is too recent for the browsers and screen readers the RGAA audits with; role="search" on the form is the DSFR's markup */}
        <form action={listHref()} method="get" role="search" className="fr-mb-4w">
          {/* A GET form replaces the query: the language is one of its fields. */}
          {lang !== "fr" ? <input type="hidden" name={LANG_PARAM} value={lang} /> : null}
          <div className="fr-search-bar fr-search-bar--lg">
            <label className="fr-label" htmlFor="partenariat-introuvable-q">{text.searchLabel}</label>
            <input className="fr-input" type="search" id="partenariat-introuvable-q" name="q" placeholder={text.placeholder} />
            <button className="fr-btn" type="submit" title={text.search}>{text.search}</button>
          </div>
        </form>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li><Link className="fr-btn" href={withLang(listHref(), lang)}>{text.list}</Link></li>
          <li><Link className="fr-btn fr-btn--secondary" href={withLang(dashboardHref(), lang)}>{text.dashboard}</Link></li>
        </ul>
      </div>
    </div>
  );
}
