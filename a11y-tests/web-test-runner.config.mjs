// The repository's web-test-runner setup plus what these suites need: the
// `a11ySnapshot` command (Chromium's accessibility tree) and REPORT.md (with
// the `a11y-note` command for what the checks measured).
// `npm test` here runs it; run from this directory.
import { resolve } from 'node:path';
import base from '../web-test-runner.config.mjs';
import { a11ySnapshotPlugin } from './a11y-snapshot-plugin.mjs';
import { reportNotesPlugin, reportReporter } from './report-reporter.mjs';

const here = import.meta.dirname;

export default {
  ...base,
  plugins: [...base.plugins, a11ySnapshotPlugin(), reportNotesPlugin()],
  reporters: [...base.reporters, reportReporter({ file: resolve(here, 'REPORT.md'), title: 'Attune accessibility report' })],
};
