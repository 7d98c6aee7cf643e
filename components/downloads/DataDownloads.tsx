import { dataFileHref } from "@/lib/downloads/urls";
import { labelsOf } from "@/lib/labels";

const LINKS = [
  ["partenariats.csv", "partnershipsCsv"],
  ["financements.csv", "fundingCsv"],
  ["atlas.xlsx", "xlsx"],
  ["atlas.json", "json"],
  ["LISEZMOI.md", "readme"],
] as const;

/** The whole dataset's files, as plain links: each URL is stable and can be given to a program. */
export function DataDownloads() {
  const labels = labelsOf().downloads.links;
  return (
    <section aria-labelledby="telechargements">
      <h2 id="telechargements" className="fr-h4">
        {labels.heading}
      </h2>
      <p>{labels.note}</p>
      <ul>
        {LINKS.map(([file, key]) => (
          <li key={file}>
            <a className="fr-link" href={dataFileHref(file)} download>
              {labels[key]}
            </a>{" "}
            <code>{dataFileHref(file)}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
