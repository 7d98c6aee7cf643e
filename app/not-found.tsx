import Link from "next/link";
import { withLang } from "@/lib/i18n/lang";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";

/** Any unknown address: where to go instead. */
export default async function NotFound() {
  // A not-found page has no search params: the language comes from the request (proxy.ts).
  const lang = await requestLang();
  const text = labelsOf(lang).pages.notFound;
  return (
    <div className="fr-my-4w">
      <h1 className="fr-h2">{text.title}</h1>
      <p>{text.text}</p>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li><Link className="fr-btn" href={withLang("/", lang)}>{text.dashboard}</Link></li>
        <li><Link className="fr-btn fr-btn--secondary" href={withLang("/partenariats", lang)}>{text.list}</Link></li>
      </ul>
    </div>
  );
}
