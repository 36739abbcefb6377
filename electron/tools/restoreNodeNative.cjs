// electron-builder hook (afterAllArtifactBuild): packaging rebuilt node_modules/better-sqlite3 for
// Electron; rebuild it for Node again so tests, the command line and browser mode keep working.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

exports.default = async function restoreNodeNative() {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['rebuild', 'better-sqlite3'], {
    cwd: join(__dirname, '../..'),
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return [];
};
