#!/usr/bin/env node
// The browser tests need two Debian packages: chromium (Playwright drives it; it never downloads a
// browser of its own) and nginx (the Helm chart's nginx configuration is served for real).
// Installs what is missing when we are root; otherwise says exactly what to do.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';

const packages = [
  { name: 'chromium', binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  { name: 'nginx', binary: process.env.NGINX_PATH ?? '/usr/sbin/nginx' },
];

const missing = packages.filter((p) => !existsSync(p.binary));
if (missing.length > 0) {
  const names = missing.map((p) => p.name);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      `Missing: ${missing.map((p) => `${p.name} (${p.binary})`).join(', ')}. Install Debian's packages:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${names.join(' ')}\n` +
        'or set CHROMIUM_PATH / NGINX_PATH to existing binaries.',
    );
    process.exit(1);
  }
  console.warn(`Installing Debian packages: ${names.join(', ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Keep the package scripts from starting nginx as a system service: the tests start their own.
  const policy = '/usr/sbin/policy-rc.d';
  const hadPolicy = existsSync(policy);
  if (!hadPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], {
      stdio: 'inherit',
      env,
    });
  } finally {
    if (!hadPolicy) rmSync(policy, { force: true });
  }
  const still = missing.filter((p) => !existsSync(p.binary));
  if (still.length > 0) {
    console.error(
      `apt-get finished but ${still.map((p) => p.binary).join(', ')} is still missing.`,
    );
    process.exit(1);
  }
}
