import type { Metadata } from "next";
import { DataDownloads } from "@/components/downloads/DataDownloads";
import { DemoBanner } from "@/components/summary/DemoBanner";
import { getEngine } from "@/lib/data/engine";
import { formatsOf } from "@/lib/format";
import { requestLang } from "@/lib/i18n/server";
import { labelsOf } from "@/lib/labels";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const text = labelsOf(await requestLang()).pages.data;
  return { title: text.title, description: text.description };
}

export default async function DataPage() {
  const [engine, lang] = await Promise.all([getEngine(), requestLang()]);
  const { provenance, counts } = engine.meta();
  const pages = labelsOf(lang).pages;
  const text = pages.data;
  const f = formatsOf(lang);
  return (
    <>
      <h1 className="fr-h2">{text.title}</h1>
      {provenance.generated ? <DemoBanner realPartnerships={counts.realPartnerships} lang={lang} /> : null}
      <p>
        {pages.dataset(provenance.description)} {pages.updatedVersion(f.isoDate(provenance.updatedAt), engine.version)}
      </p>
      <div className="fr-table">
        <table>
          <caption>{text.caption}</caption>
          <tbody>
            <tr><th scope="row">{text.rows.partnerships}</th><td>{f.integer(counts.partnerships)}</td></tr>
            <tr><th scope="row">{text.rows.real}</th><td>{f.integer(counts.realPartnerships)}</td></tr>
            <tr><th scope="row">{text.rows.frenchAuthorities}</th><td>{f.integer(counts.frenchAuthorities)}</td></tr>
            <tr><th scope="row">{text.rows.foreignPartners}</th><td>{f.integer(counts.foreignPartners)}</td></tr>
            <tr><th scope="row">{text.rows.countries}</th><td>{f.integer(counts.countries)}</td></tr>
            <tr><th scope="row">{text.rows.amount}</th><td>{f.eurosCompact(counts.totalAmount)}</td></tr>
            <tr><th scope="row">{text.rows.coverage}</th><td>{f.percent(counts.coverage)}</td></tr>
          </tbody>
        </table>
      </div>
      <DataDownloads lang={lang} />
      <h2 className="fr-h4">{text.howTo}</h2>
      <ul>
        {text.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </>
  );
}
