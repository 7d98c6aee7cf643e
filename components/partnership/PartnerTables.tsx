import Link from "next/link";
import { type ForeignContact, type ForeignPartner, type FrenchAuthority, type Volunteer, authorityKey } from "@/lib/model";
import { authorityHref, countryHref } from "@/lib/pages/links";
import { labelsOf } from "@/lib/labels";
import { FicheTable } from "./FicheTable";

/** "Partenaires étrangers du partenariat": each partner and its country, linked to the country's page. */
export function ForeignPartnersTable({ partners, query }: { partners: ForeignPartner[]; query: string }) {
  return (
    <FicheTable
      caption="Partenaires étrangers du partenariat"
      headers={["Nom de la collectivité étrangère", "Pays"]}
      rows={partners.map((p) => [
        p.name,
        p.country ? <Link key="country" prefetch={false} href={countryHref(p.country, query)}>{p.countryName}</Link> : p.countryName,
      ])}
    />
  );
}

/** "Contacts dans les partenaires étrangers du partenariat", with the Atlas's columns. */
export function ForeignContactsTable({ contacts }: { contacts: ForeignContact[] }) {
  return (
    <FicheTable
      caption="Contacts dans les partenaires étrangers du partenariat"
      headers={["Nom de la collectivité étrangère", "Nom", "Prénom", "Fonction", "Courriel"]}
      rows={contacts.map((c) => [c.partner, c.lastName, c.firstName, c.role, c.email])}
    />
  );
}

/** "Collectivités territoriales partenaires du partenariat": each linked to its page, with its kind. */
export function FrenchAuthoritiesTable({ authorities, query }: { authorities: FrenchAuthority[]; query: string }) {
  return (
    <FicheTable
      caption="Collectivités territoriales partenaires du partenariat"
      headers={["Nom de la collectivité territoriale", "Type de collectivité"]}
      rows={authorities.map((a) => [
        <Link key="name" prefetch={false} href={authorityHref(authorityKey(a), query)}>{a.name}</Link>,
        a.kind ? labelsOf().authorityKinds[a.kind] : null,
      ])}
    />
  );
}

/** "Volontaires impliqués dans le partenariat (VSI, service civique, etc.)", with the Atlas's columns. */
export function VolunteersTable({ volunteers }: { volunteers: Volunteer[] }) {
  return (
    <FicheTable
      caption="Volontaires impliqués dans le partenariat"
      headers={["Nom", "Prénom", "Mission", "Champs d'action", "Entité d'affectation"]}
      rows={volunteers.map((v) => [v.lastName, v.firstName, v.mission, v.fieldOfAction, v.assignment])}
    />
  );
}
