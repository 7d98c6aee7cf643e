"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

export interface PrintFooterProps {
  /** "Page" and the data's source, in the page's language. */
  labels: { page: string; source: string };
  /** The colon as the language writes it: French puts a space before it, English none. */
  colon: string;
}

/**
 * What a printed page says at its foot: where it comes from (the page's address, to find the view
 * again) and the data's source. Printed only (globals.css): on screen the header and footer say it.
 * The server gives the text: this component, on every page, does not need the label table.
 */
export function PrintFooter({ labels, colon }: PrintFooterProps) {
  const path = usePathname();
  const query = useSearchParams().toString();
  // The origin is known in the browser only: the server's render prints the path alone.
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  return (
    <p className="print-footer">
      {labels.page}
      {colon}
      {origin}
      {path}
      {query ? `?${query}` : ""}
      <br />
      {labels.source}
    </p>
  );
}
