import { firstPartialYear, markPartialYears, partialYearNote } from "@/lib/charts/partial-year";
import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
import type { FundingRow } from "@/lib/model";
import { fundingMatrix } from "@/lib/partnership/funding-matrix";
import { fundingByYearAndCategory } from "@/lib/partnership/funding-years";
import { NotStated } from "./FicheField";
import { FicheSection } from "./FicheSection";
import { FundingChart } from "./islands";
import { FundingTable } from "./FundingTable";

/**
 * "Financement du partenariat": the financer × year table, then the same amounts as a chart, the
 * years the dataset's date leaves partial hatched and said so under it.
 */
export function FundingSection({ rows, lang = "fr", datasetDate }: { rows: FundingRow[]; lang?: Lang; datasetDate?: string }) {
  const years = markPartialYears(fundingByYearAndCategory(rows, lang), firstPartialYear(datasetDate));
  const partialNote = datasetDate ? partialYearNote(years, datasetDate, lang) : undefined;
  const { sections } = labelsOf(lang).pages.fiche;
  return (
    <FicheSection id="financement" title={sections.funding}>
      {rows.length === 0 ? (
        <p><NotStated lang={lang} /></p>
      ) : (
        <>
          <FundingTable matrix={fundingMatrix(rows)} lang={lang} />
          {years.length > 0 ? (
            <>
              <h3 className="fr-h6 fr-mb-1w">{sections.fundingChart}</h3>
              <FundingChart years={years} />
              {partialNote ? <p className="fr-text--xs fr-mt-1w">{partialNote}</p> : null}
            </>
          ) : null}
        </>
      )}
    </FicheSection>
  );
}
