import os from "node:os";
import { Worker, isMainThread, workerData } from "node:worker_threads";

/*
 * Work shared by a thread on each core, for the scripts that have a lot of independent items
 * (`npm run validate` parsing files, the post-build step finishing pages). A script bundled by
 * scripts/run-bundled.mjs starts itself again as each thread, and every thread takes items from
 * one shared count until none is left, so none waits idle while another still has a queue. Run
 * from its TypeScript source (by tsx, or imported by a test), a script cannot start itself as a
 * thread, so it does the work alone.
 */

/** What each thread is given: the task's name, its items, and the shared count of those already taken. */
export interface Share<T> {
  task: string;
  items: T[];
  taken: Int32Array;
}

export const share = <T>(task: string, items: T[]): Share<T> => ({ task, items, taken: new Int32Array(new SharedArrayBuffer(4)) });

/** Calls `each` with items taken from the share until none is left; several threads can take from one share at once. */
export function takeEach<T>(from: Share<T>, each: (item: T) => void): void {
  for (let i = Atomics.add(from.taken, 0, 1); i < from.items.length; i = Atomics.add(from.taken, 0, 1)) each(from.items[i]!);
}

/** Below this many items, starting the threads (each loads the whole bundle) costs more than they save. */
const PARALLEL_FROM = 200;

/** Whether `count` items are worth a thread per core for the script at `script` (its import.meta.url): it must be bundled. */
export const threadsPay = (script: string, count: number) => os.availableParallelism() > 1 && !script.endsWith(".ts") && count >= PARALLEL_FROM;

/** Runs the script at `script` as a thread per core, each given the share, and waits for them all; a thread's error is this one's. */
export function runThreads<T>(script: string, work: Share<T>): Promise<void> {
  const thread = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(script), { workerData: work });
      worker.on("error", reject);
      worker.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`a thread of ${work.task} stopped with code ${code}`))));
    });
  return Promise.all(Array.from({ length: os.availableParallelism() }, thread)).then(() => undefined);
}

/** In a thread that runThreads started for `task`, its share; anywhere else (the main thread, a test runner's worker) undefined. */
export function threadShare<T>(task: string): Share<T> | undefined {
  const data = workerData as Partial<Share<T>> | null;
  return !isMainThread && data?.task === task ? (data as Share<T>) : undefined;
}
