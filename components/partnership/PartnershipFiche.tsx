import type { ReactNode } from "react";
import { formatsOf } from "@/lib/format";
import type { Lang } from "@/lib/i18n/lang";
import { themeName } from "@/lib/i18n/theme-names";
import { labelsOf } from "@/lib/labels";
import type { Partnership } from "@/lib/model";
import { triennialText } from "@/lib/partnership/fiche-text";
import { EmbassyContacts } from "./EmbassyContacts";
import { FicheField, FicheFields, NotStated } from "./FicheField";
import { FicheSection } from "./FicheSection";
import { FicheText } from "./FicheText";
import { FundingSection } from "./FundingSection";
import { OtherThemesTable } from "./OtherThemesTable";
import { ForeignContactsTable, ForeignPartnersTable, FrenchAuthoritiesTable, VolunteersTable } from "./PartnerTables";
import { PartnershipHeader } from "./PartnershipHeader";
import { ThemeLink } from "./ThemeLink";
import "./partnership.css";

export interface PartnershipFicheProps {
  partnership: Partnership;
  /** The dashboard query carried by links to authorities and countries. */
  query: string;
  /** The header's actions. */
  actions?: ReactNode;
  /** The page's language: the fiche's labels (its data stays as written), formats and links. */
  lang?: Lang;
  /** The dataset's date (ISO): its year and later ones are partial in the funding chart. */
  datasetDate?: string;
}

const year = (value: number | null) => (value === null ? null : String(value));

/**
 * Every field of an Atlas fiche, in the Atlas's order and with its labels (the embassy's contacts
 * open the fiche there too), so that users find what they know from the Atlas.
 */
export function PartnershipFiche({ partnership: p, query, actions, lang = "fr", datasetDate }: PartnershipFicheProps) {
  const labels = labelsOf(lang);
  const { fields, sections } = labels.pages.fiche;
  const field = (label: string, value: ReactNode) => <FicheField label={label} lang={lang}>{value}</FicheField>;
  const text = (value: string | null) => <FicheText text={value} lang={lang} />;
  return (
    <article aria-labelledby="fiche-titre">
      <PartnershipHeader partnership={p} actions={actions} lang={lang} />
      <EmbassyContacts embassy={p.embassy} lang={lang} />
      <FicheFields>
        {field(fields.firstSignature, year(p.firstSignatureYear))}
        {field(fields.theme, p.theme ? <ThemeLink label={p.theme.theme} lang={lang} /> : null)}
        {field(fields.subTheme, p.theme?.subTheme && themeName(p.theme.subTheme, lang))}
        {field(fields.subSubTheme, p.theme?.subSubTheme && themeName(p.theme.subSubTheme, lang))}
      </FicheFields>
      <OtherThemesTable themes={p.otherThemes} lang={lang} />
      <FicheFields>
        {field(fields.start, year(p.startYear))}
        {field(fields.status, p.status ? labels.statuses[p.status] : null)}
        {field(fields.end, p.endDate ? formatsOf(lang).isoDate(p.endDate) : null)}
      </FicheFields>
      <FicheSection id="contexte" title={sections.context}>
        {text(p.context)}
      </FicheSection>
      <FicheSection id="historique" title={sections.history}>
        {text(p.history)}
      </FicheSection>
      <FicheSection id="objectifs" title={sections.objectives}>
        <h3 className="fr-h6 fr-mb-1w">{sections.localObjectives}</h3>
        {text(p.objectives.local)}
        <h3 className="fr-h6 fr-mb-1w">{sections.franceObjectives}</h3>
        {text(p.objectives.france)}
      </FicheSection>
      <FicheSection id="description" title={sections.description}>
        {text(p.description)}
      </FicheSection>
      <FicheFields>{field(fields.form, p.form)}</FicheFields>
      <FicheSection id="partenaires-etrangers" title={sections.foreignPartners}>
        <ForeignPartnersTable partners={p.foreignPartners} query={query} lang={lang} />
      </FicheSection>
      <FicheSection id="contacts-etrangers" title={sections.foreignContacts}>
        <ForeignContactsTable contacts={p.foreignContacts} lang={lang} />
      </FicheSection>
      <FicheSection id="collectivites" title={sections.authorities}>
        <FrenchAuthoritiesTable authorities={p.frenchAuthorities} query={query} lang={lang} />
        {/* The Atlas prints the triennial status as a sentence, right after the French authorities. */}
        <p className="fr-text--bold fr-mt-2w">
          {triennialText(p.triennial, lang) ?? (
            <>
              {fields.triennial}
              {lang === "fr" ? " : " : ": "}
              <NotStated lang={lang} />
            </>
          )}
        </p>
      </FicheSection>
      <FundingSection rows={p.funding} lang={lang} datasetDate={datasetDate} />
      <FicheSection id="volontaires" title={sections.volunteers}>
        <VolunteersTable volunteers={p.volunteers} lang={lang} />
      </FicheSection>
    </article>
  );
}
