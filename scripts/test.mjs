// `npm test`: build the web app (browser tests drive it), run vitest, and end with one plain
// line "N passed, N failed" that CI reads. Extra arguments go to vitest (e.g. --project server).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { buildWeb } from './web-build.mjs';

const args = process.argv.slice(2);
const serverOnly = args.includes('--project') && args[args.indexOf('--project') + 1] === 'server';
if (!serverOnly) buildWeb();

mkdirSync('test-results', { recursive: true });
const report = `test-results/vitest-${process.pid}.json`;
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...args],
  { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);

function count() {
  if (!existsSync(report)) return { passed: 0, failed: 1 };
  const result = JSON.parse(readFileSync(report, 'utf8'));
  rmSync(report);
  // A file that failed to load has no tests but must still count as a failure.
  const brokenFiles = (result.testResults ?? []).filter((file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0);
  return { passed: result.numPassedTests ?? 0, failed: (result.numFailedTests ?? 0) + brokenFiles.length };
}
let { passed, failed } = count();
const code = run.status ?? 1;
if (code !== 0 && failed === 0) failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(code);
