import react from '@vitejs/plugin-react';
import fs from 'node:fs';
import { defineConfig } from 'vite';

const pkg = JSON.parse(fs.readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The renderer: built to dist/renderer, served by Electron's app protocol and by `npm run serve`. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __CROSSWALK_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // The CSP forbids inline scripts and styles: keep everything in files.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
