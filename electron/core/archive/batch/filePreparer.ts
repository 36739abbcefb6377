/**
 * Prepares the files of an import in a reader process, where a runaway file cannot take the core down:
 * the process has a heap limit and each file a time limit. A child process, not a worker thread: V8
 * enforces a worker's heap limit only for some allocations and otherwise aborts the whole process
 * (nodejs/node#47224), while a child that runs out of memory dies alone. It reads one file at a time in
 * the order sent, so when it dies — out of memory, past the time limit, crashed — the file it was reading
 * is known: that file fails alone (never retried here, where it would do the same to the core) and a
 * fresh reader takes the rest. Results come back in the order asked. Only a reader that cannot start at
 * all (a packaged app without its file) makes the files be prepared on the main thread, only slower.
 *
 * Memory: the reader never sends a file's bytes back (they are taken from the request, or read again here
 * and checked against the reader's hash), and a reader left holding more than `retireMb` after a file is
 * replaced by a fresh one, since V8 and malloc keep what a large file made it take.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ImportOutcome } from '../../../../shared/api/archiveContract';
import { failedImport, sha256, type PreparedNotice } from '../preparedNotice';
import type { ScanOptions } from '../../ocr/recognizeScan';
import { prepareBytes, prepareFile } from './prepareFile';
import type { PrepareMessage, PrepareReply, PrepareRequest } from './prepareWorker';

type Prepared = PreparedNotice | ImportOutcome;

export interface FilePreparer {
  /** `scanOptions`: a scan's pages reported and its reading stopped, wherever the file is prepared. */
  prepare(path: string, scanOptions?: ScanOptions): Promise<Prepared>;
  /** A file the UI sent, by its bytes. */
  prepareBytes(fileName: string, bytes: Uint8Array, scanOptions?: ScanOptions): Promise<Prepared>;
  /** Whether files are prepared in the reader process (false when none could start). */
  readonly threaded: boolean;
  close(): Promise<void>;
}

export interface PreparerLimits {
  /** The reader's heap (old generation), in MB. */
  heapMb: number;
  /** How long one file may take (a scan: each of its pages). */
  fileMs: number;
  /** The reader's resident memory, in MB, past which it is replaced once it has answered a file. */
  retireMb: number;
}

/**
 * The largest file import takes (20 MB of text) needs about 0.8 GB of heap to parse: the limit leaves room
 * for it and stops only a runaway. A reader holds about 100 MB after small files and 400 MB after such a
 * file: that one is replaced, so a batch of them never keeps it while the next is written.
 */
export const DEFAULT_LIMITS: PreparerLimits = { heapMb: 1536, fileMs: 120_000, retireMb: 256 };

/**
 * On two cores the reader and the import's writer take one each: V8's collector threads then only take CPU from
 * them (the reader spent about 0.25 ms a notice less, of 3.8, with its collection on its own thread).
 */
const GC_FLAGS = availableParallelism() <= 2 ? ['--single-threaded-gc'] : [];

export const WORKER_URL = new URL('./prepareWorker.boot.mjs', import.meta.url);

/**
 * Structured cloning turns Buffers into plain Uint8Arrays that are views into the whole message: copied out
 * (they are small), so the message, which held the text and index tokens too, is freed once read. SQLite
 * binds Buffers.
 */
function revive(result: Prepared): Prepared {
  if ('status' in result) return result;
  return { ...result, parsedRecord: Buffer.from(result.parsedRecord), clauseSpans: Buffer.from(result.clauseSpans) };
}

const OUT_OF_MEMORY = '文件过大或内容异常，解析时内存不足，没有导入；其他文件不受影响';
const timedOut = (ms: number) => `解析超过 ${Math.round(ms / 1000)} 秒仍未完成（文件可能异常），没有导入；其他文件不受影响`;
const CRASHED = '解析这个文件时处理程序意外退出（文件可能异常），没有导入；其他文件不受影响';
const CHANGED = '文件在导入过程中被改动或移走，没有导入；请确认文件后重新导入';

/** Puts back the bytes the reader kept: those sent to it, or the file read again and checked against the reader's hash. */
async function withBytes(request: PrepareRequest, prepared: PreparedNotice): Promise<Prepared> {
  const file = prepared.file!;
  if (!('path' in request)) return { ...prepared, file: { ...file, bytes: request.bytes } };
  const bytes = await readFile(request.path).catch(() => null);
  if (!bytes || sha256(bytes) !== file.sha256) return failedImport(request.path, CHANGED);
  return { ...prepared, file: { ...file, bytes } };
}

const MB = 1024 * 1024;

/** How much of the reader's stderr is kept, to tell running out of memory from other deaths. */
const STDERR_TAIL = 4096;

const prepareHere = (request: PrepareRequest, scanOptions?: ScanOptions) =>
  'path' in request ? prepareFile(request.path, scanOptions) : prepareBytes(request.fileName, request.bytes, scanOptions);

const nameOf = (request: PrepareRequest) => ('path' in request ? request.path : request.fileName);

interface Job {
  request: PrepareRequest;
  scanOptions?: ScanOptions;
  resolve: (result: Prepared | Promise<Prepared>) => void;
}

/**
 * Files sent to the reader ahead of the one it is reading, so it never waits for the main thread: enough to
 * keep it reading through a whole group's unit of work (the main thread answers no message while it writes a
 * group, up to half a second: some 200 small files the reader prepares meanwhile), since a reader left with
 * nothing to read idles until the commit (with 16, the reader stood idle a third of an import)…
 */
const IN_FLIGHT = 256;
/** …and of files sent by their bytes, never more than this much at once (at least one), since the reader holds them all. */
const IN_FLIGHT_BYTES = 32 * 1024 * 1024;

const requestBytes = (request: PrepareRequest) => ('bytes' in request ? request.bytes.byteLength : 0);

export function filePreparer(workerUrl: URL | null = WORKER_URL, limits: PreparerLimits = DEFAULT_LIMITS): FilePreparer {
  const queue: Job[] = [];
  /** Sent to the current reader, in order; the first is the one it is reading. */
  let inFlight: Job[] = [];
  let nextId = 0;
  let worker: ChildProcess | null = null;
  let ready = false;
  /** False once a reader could not start: from then on files are prepared here. */
  let threaded = workerUrl !== null;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let lateJob: Job | null = null;

  /** The time limit runs for the file the worker is reading. */
  function watchHead(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    const head = inFlight[0];
    const running = worker;
    if (!head || !running) return;
    timer = setTimeout(() => {
      lateJob = head;
      running.kill('SIGKILL');
    }, limits.fileMs);
  }

  function start(): void {
    ready = false;
    let started: ChildProcess;
    try {
      started = fork(fileURLToPath(workerUrl!), [String(limits.retireMb)], {
        execArgv: [`--max-old-space-size=${limits.heapMb}`, ...GC_FLAGS],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
    } catch {
      giveUp();
      return;
    }
    worker = started;
    let stderr = '';
    started.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL)));
    started.on('message', (reply: PrepareReply) => {
      if (started !== worker) return;
      if ('ready' in reply) {
        ready = true;
      } else if ('page' in reply) {
        // A scan's page is read: report it, and give the next page its own time.
        const at = inFlight.findIndex((job) => job.request.id === reply.id);
        inFlight[at]?.scanOptions?.onPage?.({ page: reply.page, pages: reply.pages });
        if (at === 0) watchHead();
        return;
      } else {
        const at = inFlight.findIndex((job) => job.request.id === reply.id);
        if (at >= 0) {
          const [job] = inFlight.splice(at, 1);
          const result = revive(reply.result);
          job.resolve(reply.bytesKept && !('status' in result) ? withBytes(job.request, result) : result);
          if (reply.residentBytes > limits.retireMb * MB) retire();
          else if (at === 0) watchHead();
        }
      }
      pump();
    });
    // A send racing the reader's death is reported by the exit that follows.
    started.on('error', () => undefined);
    // 'close' comes after the last of its stderr, which tells how it died.
    started.on('close', () => {
      if (started === worker) died(/heap out of memory|Allocation failed/.test(stderr));
    });
  }

  /** No reader can run here: what is queued, and all that follows, is prepared on this thread. */
  function giveUp(): void {
    threaded = false;
    worker = null;
    if (timer) clearTimeout(timer);
    const jobs = [...inFlight, ...queue.splice(0)];
    inFlight = [];
    for (const job of jobs) void prepareHere(job.request, job.scanOptions).then(job.resolve);
  }

  /** Replaces a reader a large file left swollen: the files sent after it go to a fresh one, in order. */
  function retire(): void {
    const swollen = worker!;
    worker = null;
    if (timer) clearTimeout(timer);
    timer = null;
    queue.unshift(...inFlight);
    inFlight = [];
    swollen.kill('SIGKILL');
  }

  function died(outOfMemory: boolean): void {
    worker = null;
    if (timer) clearTimeout(timer);
    if (closed) return;
    if (!ready) return giveUp();
    const [job, ...rest] = inFlight;
    inFlight = [];
    // The files sent after the fatal one go to the next reader; the fatal one fails alone.
    queue.unshift(...rest);
    if (job) {
      const reason = lateJob === job ? timedOut(limits.fileMs) : outOfMemory ? OUT_OF_MEMORY : CRASHED;
      job.resolve(failedImport(nameOf(job.request), reason));
    }
    lateJob = null;
    pump();
  }

  function pump(): void {
    if (closed || queue.length === 0) return holdOpen();
    if (!threaded) return giveUp();
    if (!worker) return start();
    if (ready) {
      let sentBytes = inFlight.reduce((sum, job) => sum + requestBytes(job.request), 0);
      while (queue.length > 0 && inFlight.length < IN_FLIGHT) {
        if (inFlight.length > 0 && sentBytes + requestBytes(queue[0].request) > IN_FLIGHT_BYTES) break;
        const job = queue.shift()!;
        sentBytes += requestBytes(job.request);
        inFlight.push(job);
        worker.send(job.request satisfies PrepareMessage);
        // Stopped while it waited here: the reader hears of it right after the file.
        if (job.scanOptions?.signal?.aborted) worker.send({ cancel: job.request.id } satisfies PrepareMessage);
        if (inFlight.length === 1) watchHead();
      }
    }
    holdOpen();
  }

  /** An idle reader does not keep the host's process alive; a busy one does, until it answers. */
  function holdOpen(): void {
    if (!worker) return;
    const busy = inFlight.length > 0 || queue.length > 0;
    // The process, its IPC channel and its stderr pipe each hold the event loop open.
    const handles = [worker, worker.channel, worker.stderr] as ({ ref(): void; unref(): void } | null | undefined)[];
    for (const handle of handles) {
      if (busy) handle?.ref();
      else handle?.unref();
    }
  }

  function send(request: PrepareRequest, scanOptions?: ScanOptions): Promise<Prepared> {
    if (!threaded) return prepareHere(request, scanOptions);
    scanOptions?.signal?.addEventListener(
      'abort',
      () => worker?.connected && worker.send({ cancel: request.id } satisfies PrepareMessage),
      {
        once: true,
      },
    );
    return new Promise((resolve) => {
      queue.push({ request, scanOptions, resolve });
      pump();
    });
  }

  return {
    prepare: (path, scanOptions) => send({ id: nextId++, path }, scanOptions),
    prepareBytes: (fileName, bytes, scanOptions) => send({ id: nextId++, fileName, bytes }, scanOptions),
    get threaded() {
      return threaded;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      const running = worker;
      worker = null;
      if (running && running.exitCode === null && running.signalCode === null) {
        const exited = new Promise((resolve) => running.once('exit', resolve));
        // An idle reader was let go of the event loop: held again, or the host could end before it has.
        running.ref();
        running.kill('SIGKILL');
        await exited;
      }
    },
  };
}
