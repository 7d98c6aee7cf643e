import { formatInteger } from "@/lib/format";
import type { ListOptions } from "@/lib/list/params";
import { describeSort } from "@/lib/list/sort";
import type { ListResult } from "@/lib/query/list";
import { DsfrTable } from "../table/DsfrTable";
import { PartnershipRow } from "./PartnershipRow";
import { SortableHeader } from "./SortableHeader";
import "./list.css";

export interface PartnershipTableProps {
  result: ListResult;
  query: string;
  options: ListOptions;
}

/** One page of partnerships as a DSFR table, sortable by title, country, start year and amount. */
export function PartnershipTable({ result, query, options }: PartnershipTableProps) {
  const header = { query, options };
  const hasDemo = result.items.some((item) => !item.real);
  return (
    <>
      <DsfrTable
        caption={`Partenariats triés ${describeSort(options.sort)}, page ${formatInteger(result.page)} sur ${formatInteger(result.pageCount)}`}
        className="fr-table--multiline fr-mb-1w list-table"
      >
        <thead>
          <tr>
            <SortableHeader label="Titre" sortKey="title" {...header} />
            <th scope="col">Collectivités françaises</th>
            <SortableHeader label="Pays" sortKey="country" {...header} />
            <th scope="col">Thématique</th>
            <SortableHeader label="Début" sortKey="startYear" {...header} />
            <th scope="col">Statut</th>
            <SortableHeader label="Montant déclaré" sortKey="amount" numeric {...header} />
          </tr>
        </thead>
        <tbody>
          {result.items.map((item) => (
            <PartnershipRow key={item.id} item={item} query={query} />
          ))}
        </tbody>
      </DsfrTable>
      {hasDemo ? (
        <p className="fr-text--xs list-note">« Démo » : partenariat généré pour la démonstration, pas une fiche réelle de l&apos;Atlas.</p>
      ) : null}
    </>
  );
}
