/** Child processes and /proc, for the scripts, benchmarks and tests that start and watch processes. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1 (for a child process that cannot take port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node args…` and resolves once its output (stdout or stderr) matches `ready`; rejects with
 * that output if it exits first or takes longer than `timeoutMs`.
 */
export function spawnNodeUntilReady(
  name: string,
  args: string[],
  opts: { env: NodeJS.ProcessEnv; ready: RegExp; cwd?: string; timeoutMs?: number },
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: opts.cwd,
    env: opts.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name} did not start:\n${output}`));
    }, opts.timeoutMs ?? 60_000);
    const read = (chunk: Buffer) => {
      output += String(chunk);
      if (opts.ready.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${output}`));
    });
  });
}

/**
 * Fields of /proc/<pid>/stat after the command name (which may hold spaces and parentheses): [0] is
 * field 3 (state), [2] the process group, [11] and [12] user and system time in ticks, [19] the start
 * time. Throws if the process is gone.
 */
export function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** True while the process exists and is not a zombie. */
export function alive(pid: number | string): boolean {
  try {
    return statFields(pid)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** CPU seconds (user + system) the process has used so far; USER_HZ is 100 on Linux. */
export function cpuSeconds(pid: number | string): number {
  const fields = statFields(pid);
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
