/** Replaced at build time by esbuild and Vite with the package version. */
declare const __CROSSWALK_VERSION__: string;
