// What every browser benchmark script shares: a static server for a dist
// directory and Chromium launched the same way, so their figures compare.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';

/// Chromium flags for timing: no GPU, no background fetches or updates.
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/// Serves `dir` on 127.0.0.1:`port` (python's http.server: no compression,
/// like a local dev host) and resolves once it has had time to bind.
export async function serve(dir, port) {
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', dir], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 600));
  return { url: `http://127.0.0.1:${port}/`, close: () => server.kill() };
}

/// Debian's Chromium with CHROMIUM_ARGS and any `extra` flags.
export function launch(extra = []) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extra] });
}
