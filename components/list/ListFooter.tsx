import type { Lang } from "@/lib/i18n/lang";
import type { ListOptions } from "@/lib/list/params";
import { ListPagination } from "./ListPagination";
import { PageSizeChoice } from "./PageSizeChoice";

export interface ListFooterProps {
  pageCount: number;
  query: string;
  options: ListOptions;
  lang?: Lang;
}

/** Under the table: the pagination bar (when there is more than one page, or a page beyond them) and the page size choice. */
export function ListFooter(props: ListFooterProps) {
  const paginated = props.pageCount > 1 || props.options.page > props.pageCount;
  return (
    <div className="list-footer fr-mt-2w">
      {paginated ? <ListPagination {...props} /> : null}
      <PageSizeChoice query={props.query} options={props.options} lang={props.lang} />
    </div>
  );
}
