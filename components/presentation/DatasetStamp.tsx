"use client";
import { type ReactNode, createContext, useContext } from "react";
import { stampDate } from "@/lib/presentation/deck";

const DatasetStampContext = createContext<string | null>(null);

/**
 * The dataset's stamp (lib/presentation/deck.ts, datasetStamp) for the views added to a deck below
 * it: the dashboard's panels get it here rather than through every panel's props.
 */
export function DatasetStampProvider({ stamp, children }: { stamp: string; children: ReactNode }) {
  return <DatasetStampContext value={stamp}>{children}</DatasetStampContext>;
}

/** The stamp of the dataset the page shows; null outside a provider (the view is added unstamped). */
export const useDatasetStamp = () => useContext(DatasetStampContext);

/** The date of the dataset the page shows (ISO), e.g. for its partial years; null outside a provider. */
export const useDatasetDate = () => stampDate(useContext(DatasetStampContext));
