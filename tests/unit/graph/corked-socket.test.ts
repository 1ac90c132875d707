import { createRequire } from 'node:module';
import { createServer, Socket, type AddressInfo, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { corkDriverWrites } from '../../../src/graph/corked-socket.ts';

// The driver's own channel class, fed through a loopback socket to a plain TCP server that records
// the bytes: the patch must change how many system calls carry them, never the bytes or their order.
const driverRequire = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const NodeChannel = (driverRequire('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as {
  default: new (config: object, connect: (config: object, onOk: () => void, onFail: (e: Error) => void) => Socket) => {
    write(buffer: unknown): void;
    close(): Promise<void>;
  };
}).default;
const ChannelBuffer = (driverRequire('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as {
  default: new (buffer: Buffer) => unknown;
}).default;

let server: Server | null = null;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = null;
});

/** A server that collects everything one client sends, resolved when the client closes. */
async function recordingServer(): Promise<{ port: number; received: Promise<Buffer> }> {
  let resolveReceived: (b: Buffer) => void = () => {};
  const received = new Promise<Buffer>((r) => (resolveReceived = r));
  server = createServer((socket) => {
    const parts: Buffer[] = [];
    socket.on('data', (d) => parts.push(d));
    socket.on('end', () => resolveReceived(Buffer.concat(parts)));
  });
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', r));
  return { port: (server.address() as AddressInfo).port, received };
}

/** Opens the driver's channel on a socket whose writes are counted. */
async function openChannel(port: number) {
  const calls = { write: 0, writev: 0 };
  let socket: Socket | null = null;
  let connected: () => void = () => {};
  const ready = new Promise<void>((r) => (connected = r));
  const channel = new NodeChannel({ connectionTimeout: 5000 }, (_config, onOk, onFail) => {
    socket = new Socket();
    const s = socket as Socket & { _write: (...a: unknown[]) => void; _writev: (...a: unknown[]) => void };
    const [write, writev] = [s._write.bind(s), s._writev.bind(s)];
    s._write = (...a) => (calls.write++, write(...a));
    s._writev = (...a) => (calls.writev++, writev(...a));
    socket.on('error', onFail);
    socket.connect(port, '127.0.0.1', () => {
      onOk();
      connected();
    });
    return socket;
  });
  return { channel, calls, ready, end: () => socket?.end() };
}

const chunk = (i: number): Buffer => Buffer.alloc(1400, i);

describe('corkDriverWrites', () => {
  it('sends the same bytes in the same order, the writes of one tick in one writev', async () => {
    corkDriverWrites();
    corkDriverWrites(); // idempotent: a second call must not wrap the write twice
    const { port, received } = await recordingServer();
    const { channel, calls, ready, end } = await openChannel(port);
    await ready;
    const sent = Array.from({ length: 10 }, (_, i) => chunk(i));
    for (const b of sent) channel.write(new ChannelBuffer(b));
    await new Promise((r) => setImmediate(r));
    expect(calls).toEqual({ write: 0, writev: 1 });
    const later = chunk(99);
    channel.write(new ChannelBuffer(later));
    await new Promise((r) => setImmediate(r));
    end();
    expect(Buffer.compare(await received, Buffer.concat([...sent, later]))).toBe(0);
    // One buffer alone in its tick goes out as a plain write.
    expect(calls).toEqual({ write: 1, writev: 1 });
  });

  it('delivers writes made while the socket connects, in order, before later ones', async () => {
    corkDriverWrites();
    const { port, received } = await recordingServer();
    const { channel, ready, end } = await openChannel(port);
    const early = [chunk(1), chunk(2)];
    for (const b of early) channel.write(new ChannelBuffer(b));
    await ready;
    const late = chunk(3);
    channel.write(new ChannelBuffer(late));
    await new Promise((r) => setImmediate(r));
    end();
    expect(Buffer.compare(await received, Buffer.concat([...early, late]))).toBe(0);
  });
});
