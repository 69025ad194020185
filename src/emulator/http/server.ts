import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator, type Emulator, type EmulatorOptions } from '../core';

const HOST = '127.0.0.1';
const MAX_BODY = 1024 * 1024;

const CORS = {
  'access-control-allow-methods': 'GET, POST, DELETE, HEAD, OPTIONS',
  'access-control-allow-headers':
    'Authorization, Content-Type, X-Correlation-ID',
  'access-control-max-age': '600',
};

export interface HttpServerOptions {
  /** 0 picks a free port. */
  port?: number;
  emulator?: Emulator;
  emulatorOptions?: Partial<EmulatorOptions>;
  /** One line per request; never tokens, passwords or query strings. */
  log?: (line: string) => void;
}

export interface EmulatorHttpServer {
  url: string;
  emulator: Emulator;
  server: Server;
  close(): Promise<void>;
}

/** Reset-token values may sit in a path; they never reach the log. */
function loggablePath(pathname: string): string {
  return pathname.replace(/((?:password|email)-token=)[^/]+/g, '$1****');
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString()),
    );
    req.on('error', reject);
  });
}

function headersOf(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) {
      out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
  }
  return out;
}

async function answer(
  emulator: Emulator,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<number> {
  const url = new URL(req.url ?? '/', `http://${HOST}`);
  const cors = { ...CORS, 'access-control-allow-origin': '*' };
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'OPTIONS') {
    res.writeHead(204, cors).end();
    return 204;
  }
  const body = await readBody(req);
  if (body === undefined) {
    const text = JSON.stringify({
      statusCode: 413,
      message: 'Request body too large.',
      errors: [{ code: 'General', message: 'Request body too large.' }],
    });
    res.writeHead(413, { ...cors, 'content-type': 'application/json' });
    res.end(text);
    return 413;
  }
  const result = await emulator.handle({
    method,
    path: url.pathname,
    query: url.searchParams,
    headers: headersOf(req),
    body,
  });
  res.writeHead(result.status, { ...cors, ...result.headers });
  res.end(method === 'HEAD' ? undefined : result.body);
  return result.status;
}

/** Serves auth, API and controls on http://127.0.0.1:<port>. */
export function startHttpServer(
  options: HttpServerOptions = {},
): Promise<EmulatorHttpServer> {
  const emulator = options.emulator ?? createEmulator(options.emulatorOptions);
  const log = options.log ?? (() => {});
  const server = createServer((req, res) => {
    const started = performance.now();
    const path = loggablePath(new URL(req.url ?? '/', 'http://x').pathname);
    const done = (status: number) => {
      const ms = Math.round(performance.now() - started);
      log(`${req.method} ${path} ${status} ${ms}ms`);
    };
    answer(emulator, req, res).then(done, () => {
      if (!res.headersSent) res.writeHead(500).end();
      done(500);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, HOST, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${HOST}:${port}`,
        emulator,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
