import type { PluginCreator } from "postcss";

declare const dropDsfrMarianne: PluginCreator<void>;
export default dropDsfrMarianne;
