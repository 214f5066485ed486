// Custom Elements Manifest for @attune/authoring (`npm run build` writes
// custom-elements.json; @attune/docs renders the API page from it).
import { attuneManifestPlugin } from '../docs/cem/attune-manifest-plugin.mjs';

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer would rewrite the file.
  packagejson: false,
  plugins: [attuneManifestPlugin()],
};
