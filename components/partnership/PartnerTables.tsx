import Link from "next/link";
import { countryName } from "@/lib/countries";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import { type ForeignContact, type ForeignPartner, type FrenchAuthority, type Volunteer, authorityKey } from "@/lib/model";
import { authorityHref, countryHref } from "@/lib/pages/links";
import { FicheTable } from "./FicheTable";

const fiche = (lang: Lang) => labelsOf(lang).pages.fiche;

/** "Partenaires étrangers du partenariat": each partner and its country, linked to the country's page. */
export function ForeignPartnersTable({ partners, query, lang = "fr" }: { partners: ForeignPartner[]; query: string; lang?: Lang }) {
  const { sections, headers } = fiche(lang);
  return (
    <FicheTable
      caption={sections.foreignPartners}
      headers={[headers.foreignName, headers.country]}
      lang={lang}
      rows={partners.map((p) => [
        p.name,
        p.country ? (
          <Link key="country" prefetch={false} href={withLang(countryHref(p.country, query), lang)}>
            {countryName(p.country, lang, p.countryName)}
          </Link>
        ) : (
          p.countryName
        ),
      ])}
    />
  );
}

/** "Contacts dans les partenaires étrangers du partenariat", with the Atlas's columns. */
export function ForeignContactsTable({ contacts, lang = "fr" }: { contacts: ForeignContact[]; lang?: Lang }) {
  const { sections, headers } = fiche(lang);
  return (
    <FicheTable
      caption={sections.foreignContacts}
      headers={[headers.foreignName, headers.lastName, headers.firstName, headers.role, headers.email]}
      lang={lang}
      rows={contacts.map((c) => [c.partner, c.lastName, c.firstName, c.role, c.email])}
    />
  );
}

/** "Collectivités territoriales partenaires du partenariat": each linked to its page, with its kind. */
export function FrenchAuthoritiesTable({ authorities, query, lang = "fr" }: { authorities: FrenchAuthority[]; query: string; lang?: Lang }) {
  const { sections, headers } = fiche(lang);
  return (
    <FicheTable
      caption={sections.authorities}
      headers={[headers.authorityName, headers.authorityKind]}
      lang={lang}
      rows={authorities.map((a) => [
        <Link key="name" prefetch={false} href={withLang(authorityHref(authorityKey(a), query), lang)}>{a.name}</Link>,
        a.kind ? labelsOf(lang).authorityKinds[a.kind] : null,
      ])}
    />
  );
}

/** "Volontaires impliqués dans le partenariat (VSI, service civique, etc.)", with the Atlas's columns. */
export function VolunteersTable({ volunteers, lang = "fr" }: { volunteers: Volunteer[]; lang?: Lang }) {
  const { sections, headers } = fiche(lang);
  return (
    <FicheTable
      caption={sections.volunteersCaption}
      headers={[headers.lastName, headers.firstName, headers.mission, headers.field, headers.assignment]}
      lang={lang}
      rows={volunteers.map((v) => [v.lastName, v.firstName, v.mission, v.fieldOfAction, v.assignment])}
    />
  );
}
