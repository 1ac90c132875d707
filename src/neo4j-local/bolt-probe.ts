import { connect } from 'node:net';

/** Bolt's handshake: the magic preamble, then four proposed versions (5.x down to 4.4). */
const HANDSHAKE = Buffer.from([
  0x60, 0x60, 0xb0, 0x17, 0x00, 0x04, 0x04, 0x05, 0x00, 0x00, 0x04, 0x04, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00,
  0x00, 0x03,
]);

/**
 * True when a Bolt server answers the handshake on host:port with a version it agreed to. Stronger than
 * "the port is open" (the server opens the port before it accepts sessions) and needs no credentials.
 */
export function boltAnswers(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => socket.write(HANDSHAKE));
    socket.on('data', (data: Buffer) => done(data.length >= 4 && data.readUInt32BE(0) !== 0));
  });
}

/** True when something accepts TCP connections on host:port (used to detect a port taken by another program). */
export function portInUse(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = connect({ host, port });
    const done = (used: boolean): void => {
      socket.destroy();
      resolvePromise(used);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('error', () => done(false));
    socket.on('connect', () => done(true));
  });
}
