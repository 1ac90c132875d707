import { createRequire } from 'node:module';
import type { Socket } from 'node:net';

/**
 * The driver's Node channel writes every 1,400-byte chunk of a Bolt message with its own
 * `socket.write` (no delay on), so a 12 kB write-article request was ten system calls, each its own
 * TCP segment for the server to read: 9 % of the ingest process's CPU in a profile. Corking the
 * socket at the first write of a tick and uncorking it on the next tick hands the same bytes, in the
 * same order, to one `writev` call. Nothing else changes: the chunks, the messages, their order.
 *
 * The channel class is internal to neo4j-driver-bolt-connection (same version as neo4j-driver, pinned
 * in package.json); if its shape ever changes, `corkDriverWrites` throws at start-up instead of
 * silently doing nothing.
 */
interface NodeChannelLike {
  _conn: Socket | null;
  _pending: unknown[] | null;
  write(buffer: unknown): void;
}

interface NodeChannelClass {
  prototype: NodeChannelLike & { [CORKED]?: true };
}

const CORKED = Symbol.for('conflict-kg.corkedDriverWrites');
const corkScheduled = new WeakSet<Socket>();

function nodeChannelClass(): NodeChannelClass {
  const require = createRequire(import.meta.url);
  const driverRequire = createRequire(require.resolve('neo4j-driver'));
  const module = driverRequire('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as {
    default?: NodeChannelClass;
  };
  const channel = module.default;
  if (typeof channel?.prototype?.write !== 'function') {
    throw new Error('neo4j-driver-bolt-connection changed: its NodeChannel has no write(); see src/graph/corked-socket.ts');
  }
  return channel;
}

/** Patches the driver's Node channel once per process (idempotent). */
export function corkDriverWrites(): void {
  const proto = nodeChannelClass().prototype;
  if (proto[CORKED]) return;
  const write = proto.write;
  proto.write = function corkedWrite(this: NodeChannelLike, buffer: unknown): void {
    const socket = this._conn;
    // While connecting the channel queues writes itself (`_pending`); nothing to cork yet.
    if (this._pending === null && socket && !socket.destroyed && !corkScheduled.has(socket)) {
      corkScheduled.add(socket);
      socket.cork();
      process.nextTick(() => {
        corkScheduled.delete(socket);
        socket.uncork();
      });
    }
    write.call(this, buffer);
  };
  proto[CORKED] = true;
}
