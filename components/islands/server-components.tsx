import type { ComponentType } from "react";
import { YearFundingPanel } from "../charts/YearFundingPanel";
import { FundingChart } from "../partnership/FundingChart";
import { ProfileBarPanel } from "../profile/ProfileBarPanel";

/*
 * The server's side of the package import "#island-server" (package.json "imports"): the
 * components of the frozen islands (./frozen-island.tsx) by name, which the server renders in
 * place. Browsers get server-components.browser.ts (nothing): there, each loads its own code when
 * it wakes, so none is in a page's first load.
 */
// biome-ignore lint/suspicious/noExplicitAny: a registry of components with different props; frozenIsland types each use.
export const serverIslands: Record<string, ComponentType<any>> | undefined = {
  "profile-years": YearFundingPanel,
  "profile-bars": ProfileBarPanel,
  "funding-chart": FundingChart,
};
