import { dataFileHref } from "@/lib/downloads/urls";
import { type Lang, withLang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";

const LINKS = [
  ["partenariats.csv", "partnershipsCsv"],
  ["financements.csv", "fundingCsv"],
  ["atlas.xlsx", "xlsx"],
  ["atlas.json", "json"],
  ["LISEZMOI.md", "readme"],
] as const;

/** The whole dataset's files, as plain links: each URL is stable and can be given to a program. */
export function DataDownloads({ lang = "fr" }: { lang?: Lang }) {
  const labels = labelsOf(lang).downloads.links;
  return (
    <section aria-labelledby="telechargements">
      <h2 id="telechargements" className="fr-h4">
        {labels.heading}
      </h2>
      <p>{labels.note}</p>
      <ul>
        {LINKS.map(([file, key]) => (
          <li key={file}>
            {/* In English, the tables are headed in English: the link asks for it. */}
            <a className="fr-link" href={withLang(dataFileHref(file), lang)} download>
              {labels[key]}
            </a>{" "}
            <code>{withLang(dataFileHref(file), lang)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
