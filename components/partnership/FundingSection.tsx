import type { FundingRow } from "@/lib/model";
import { fundingMatrix } from "@/lib/partnership/funding-matrix";
import { fundingByYearAndCategory } from "@/lib/partnership/funding-years";
import { NotStated } from "./FicheField";
import { FicheSection } from "./FicheSection";
import { FundingChart } from "./FundingChart";
import { FundingTable } from "./FundingTable";

/** "Financement du partenariat": the financer × year table, then the same amounts as a chart. */
export function FundingSection({ rows }: { rows: FundingRow[] }) {
  const years = fundingByYearAndCategory(rows);
  return (
    <FicheSection id="financement" title="Financement du partenariat">
      {rows.length === 0 ? (
        <p><NotStated /></p>
      ) : (
        <>
          <FundingTable matrix={fundingMatrix(rows)} />
          {years.length > 0 ? (
            <>
              <h3 className="fr-h6 fr-mb-1w">Par année et par catégorie de financeur</h3>
              <FundingChart years={years} />
            </>
          ) : null}
        </>
      )}
    </FicheSection>
  );
}
