import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { Embassy } from "@/lib/model";
import { NotStated } from "./FicheField";

/** "Contacts dans le poste diplomatique « … »": the embassy's contacts as the fiche prints them (role, name, e-mail). */
export function EmbassyContacts({ embassy, lang = "fr" }: { embassy: Embassy | null; lang?: Lang }) {
  const text = labelsOf(lang).pages.fiche;
  return (
    <div className="fr-callout fr-mb-5w" id="poste-diplomatique">
      <h2 className="fr-callout__title fr-h6">
        {text.embassyContacts}
        {embassy ? (lang === "fr" ? ` « ${embassy.post} »` : ` “${embassy.post}”`) : ""}
      </h2>
      {embassy && embassy.contacts.length > 0 ? (
        <ul className="fiche-contacts">
          {embassy.contacts.map((contact, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the contacts as the fiche lists them, rendered on the server and never reordered; two can be equal (or have no name), their position is their identity
            <li key={i}>
              <strong>{contact.role}</strong>
              {contact.name ? <><br />{contact.name}</> : null}
              {/* E-mails are kept as printed: the Atlas writes "[at]" for "@" on purpose. */}
              {contact.email ? <><br />{text.email}{lang === "fr" ? " : " : ": "}{contact.email}</> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="fr-callout__text"><NotStated lang={lang} /></p>
      )}
    </div>
  );
}
