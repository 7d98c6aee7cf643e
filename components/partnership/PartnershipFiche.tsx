import type { ReactNode } from "react";
import type { Partnership } from "@/lib/model";
import { formatIsoDate } from "@/lib/format";
import { triennialText } from "@/lib/partnership/fiche-text";
import { labelsOf } from "@/lib/labels";
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
}

const year = (value: number | null) => (value === null ? null : String(value));

/**
 * Every field of an Atlas fiche, in the Atlas's order and with its labels (the embassy's contacts
 * open the fiche there too), so that users find what they know from the Atlas.
 */
export function PartnershipFiche({ partnership: p, query, actions }: PartnershipFicheProps) {
  return (
    <article aria-labelledby="fiche-titre">
      <PartnershipHeader partnership={p} actions={actions} />
      <EmbassyContacts embassy={p.embassy} />
      <FicheFields>
        <FicheField label="Année de première signature de la convention">{year(p.firstSignatureYear)}</FicheField>
        <FicheField label="Thématique d'intervention">{p.theme ? <ThemeLink label={p.theme.theme} /> : null}</FicheField>
        <FicheField label="Sous-thématique d'intervention">{p.theme?.subTheme}</FicheField>
        <FicheField label="Sous-sous-thématique d'intervention">{p.theme?.subSubTheme}</FicheField>
      </FicheFields>
      <OtherThemesTable themes={p.otherThemes} />
      <FicheFields>
        <FicheField label="Année de début du partenariat">{year(p.startYear)}</FicheField>
        <FicheField label="Le partenariat est">{p.status ? labelsOf().statuses[p.status] : null}</FicheField>
        <FicheField label="Date de fin du partenariat">{p.endDate ? formatIsoDate(p.endDate) : null}</FicheField>
      </FicheFields>
      <FicheSection id="contexte" title="Contexte">
        <FicheText text={p.context} />
      </FicheSection>
      <FicheSection id="historique" title="Historique">
        <FicheText text={p.history} />
      </FicheSection>
      <FicheSection id="objectifs" title="Objectif du partenariat">
        <h3 className="fr-h6 fr-mb-1w">Objectifs locaux</h3>
        <FicheText text={p.objectives.local} />
        <h3 className="fr-h6 fr-mb-1w">Objectifs en France</h3>
        <FicheText text={p.objectives.france} />
      </FicheSection>
      <FicheSection id="description" title="Description détaillée du partenariat">
        <FicheText text={p.description} />
      </FicheSection>
      <FicheFields>
        <FicheField label="Votre partenariat prend la forme d'un(e)">{p.form}</FicheField>
      </FicheFields>
      <FicheSection id="partenaires-etrangers" title="Partenaires étrangers du partenariat">
        <ForeignPartnersTable partners={p.foreignPartners} query={query} />
      </FicheSection>
      <FicheSection id="contacts-etrangers" title="Contacts dans les partenaires étrangers du partenariat">
        <ForeignContactsTable contacts={p.foreignContacts} />
      </FicheSection>
      <FicheSection id="collectivites" title="Collectivités territoriales partenaires du partenariat">
        <FrenchAuthoritiesTable authorities={p.frenchAuthorities} query={query} />
        {/* The Atlas prints the triennial status as a sentence, right after the French authorities. */}
        <p className="fr-text--bold fr-mt-2w">{triennialText(p.triennial) ?? <>Triennalité du partenariat : <NotStated /></>}</p>
      </FicheSection>
      <FundingSection rows={p.funding} />
      <FicheSection id="volontaires" title="Volontaires impliqués dans le partenariat (VSI, service civique, etc.)">
        <VolunteersTable volunteers={p.volunteers} />
      </FicheSection>
    </article>
  );
}
