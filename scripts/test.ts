/**
 * `npm test`: the checks, one build and every tier of tests, on both cores where one would wait.
 *
 *   1. the build (`npm run build`), with ESLint and Prettier's check beside it: they read only the
 *      sources, which the build does not write (it writes dist/, .astro/ and content/generated/,
 *      which both leave alone);
 *   2. when the build succeeded: vitest (every tier), with the type check beside it —
 *      `astro check --noSync`, since the build has just generated the types it reads (with a sync
 *      of its own it would build the model a second time, and write .astro/ while the tests read).
 *
 * The build alone keeps about one core busy, the type check one; vitest keeps both busy. The build
 * and vitest print as they go; a step beside them prints its output at the end, under its name and
 * only when it failed, so that nothing is interleaved. Every step started runs to its end, so one run shows every
 * failure; the exit code is 0 only when every step passed (a failed build skips step 2).
 *
 * Usage: node scripts/test.ts [arguments for vitest]
 */
import { spawn } from 'node:child_process';
import { ROOT } from './lib/inputs.ts';

interface Outcome {
  name: string;
  code: number;
  seconds: number;
  output: string;
}

/** Runs a command of the project (node_modules/.bin on PATH, as npm does); live output to the terminal, else kept. */
function run(name: string, command: string, args: string[], live = false): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${ROOT}/node_modules/.bin:${process.env.PATH}`, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (s: string) => (output += s));
    child.stderr?.setEncoding('utf8').on('data', (s: string) => (output += s));
    const done = (code: number) => resolve({ name, code, seconds: (performance.now() - started) / 1000, output });
    child.on('error', (err) => {
      output += `${err.message}\n`;
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

export async function runTests(vitestArgs: string[]): Promise<number> {
  const beside = [run('lint', 'eslint', ['.']), run('format', 'prettier', ['--check', '.'])];
  const build = await run('build', 'npm', ['run', '--silent', 'build'], true);
  const outcomes: Outcome[] = [build];
  if (build.code === 0) {
    beside.push(run('typecheck', 'astro', ['check', '--noSync']));
    outcomes.push(await run('vitest', 'vitest', ['run', ...vitestArgs], true));
  }
  outcomes.push(...(await Promise.all(beside)));
  // The output of a step run beside another when it failed (the build and vitest printed theirs as they went).
  for (const o of outcomes) if (o.code !== 0 && o.output) process.stdout.write(`\n── ${o.name} ──\n${o.output.trimEnd()}\n`);
  console.log('');
  for (const o of outcomes) console.log(`${o.code === 0 ? 'ok    ' : 'FAILED'} ${o.name.padEnd(9)} ${o.seconds.toFixed(1)} s`);
  if (build.code !== 0) console.log('the build failed: the tests did not run');
  return outcomes.every((o) => o.code === 0) ? 0 : 1;
}

if (import.meta.main) process.exit(await runTests(process.argv.slice(2)));
