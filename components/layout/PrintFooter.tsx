"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { useLabels, useLang } from "@/lib/i18n/LangContext";

/**
 * What a printed page says at its foot: where it comes from (the page's address, to find the view
 * again) and the data's source. Printed only (globals.css): on screen the header and footer say it.
 */
export function PrintFooter() {
  const path = usePathname();
  const query = useSearchParams().toString();
  // The origin is known in the browser only: the server's render prints the path alone.
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const labels = useLabels().print;
  // French puts a space before the colon, English none.
  const colon = useLang() === "fr" ? " : " : ": ";
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
