import { formatsOf } from "@/lib/format";
import type { Lang } from "@/lib/i18n/lang";
import { labelsOf } from "@/lib/labels";
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
  lang?: Lang;
}

/** One page of partnerships as a DSFR table, sortable by title, country, start year and amount. */
export function PartnershipTable({ result, query, options, lang = "fr" }: PartnershipTableProps) {
  const header = { query, options, lang };
  const text = labelsOf(lang).pages.list.table;
  const formatInteger = formatsOf(lang).integer;
  const hasDemo = result.items.some((item) => !item.real);
  return (
    <>
      <DsfrTable
        caption={text.caption(describeSort(options.sort, lang), formatInteger(result.page), formatInteger(result.pageCount))}
        className="fr-table--multiline fr-mb-1w list-table"
      >
        <thead>
          <tr>
            <SortableHeader label={text.title} sortKey="title" {...header} />
            <th scope="col">{text.frenchAuthorities}</th>
            <SortableHeader label={text.country} sortKey="country" {...header} />
            <th scope="col">{text.theme}</th>
            <SortableHeader label={text.start} sortKey="startYear" {...header} />
            <th scope="col">{text.status}</th>
            <SortableHeader label={text.amount} sortKey="amount" numeric {...header} />
          </tr>
        </thead>
        <tbody>
          {result.items.map((item) => (
            <PartnershipRow key={item.id} item={item} query={query} lang={lang} />
          ))}
        </tbody>
      </DsfrTable>
      {hasDemo ? (
        <p className="fr-text--xs list-note">{text.demoNote}</p>
      ) : null}
    </>
  );
}
