"use client";
import { createContext, useContext, type ReactNode } from "react";
import type { Detail } from "@/lib/detail/state";

/** Opens a detail, remembering the element to give the focus back to. */
export type OpenDetail = (detail: Detail, from?: HTMLElement | null) => void;

const DetailContext = createContext<OpenDetail | null>(null);

/** The dashboard's "Détail" opener, for the buttons of every panel; outside it (profile pages) no button shows. */
export function DetailProvider({ open, children }: { open: OpenDetail; children: ReactNode }) {
  return <DetailContext.Provider value={open}>{children}</DetailContext.Provider>;
}

export const useOpenDetail = (): OpenDetail | null => useContext(DetailContext);
