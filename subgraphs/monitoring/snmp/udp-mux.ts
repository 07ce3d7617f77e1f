/**
 * One UDP socket per address family shared by every manager session: net-snmp opens a socket per
 * session, which at 10,000 agents would cost 10,000 file descriptors. Each session gets a virtual socket
 * (through net-snmp's `dgramModule` option) that sends through the shared one and receives the datagrams
 * whose source is the address and port it last sent to.
 */
import dgram, { type RemoteInfo, type Socket } from 'node:dgram';
import { EventEmitter } from 'node:events';
import { isIPv6 } from 'node:net';
import type { DgramModuleLike, SocketLike } from './net-snmp-api.ts';

/** Receive buffer asked of the kernel for each shared socket (capped by net.core.rmem_max). */
const RECV_BUFFER_BYTES = 4 * 1024 * 1024;

/** A session's socket: sends through the shared socket, receives what its agent answers. */
export class VirtualSocket extends EventEmitter implements SocketLike {
  /** `address:port` this socket receives from; set by the first send. */
  key: string | null = null;
  closed = false;
  /** Called when an answer for this socket is oversized or cannot be decoded. */
  onGarbage: ((reason: string) => void) | null = null;
  private readonly mux: UdpMux;

  /** A virtual socket on `mux`. */
  constructor(mux: UdpMux) {
    super();
    this.mux = mux;
  }

  /** Sends through the shared socket of the address's family, routing answers from there to this socket. */
  send(
    buf: Buffer,
    offset: number,
    length: number,
    port: number,
    address: string,
    cb?: (error: Error | null, bytes?: number) => void,
  ): void {
    if (this.closed) {
      cb?.(new Error('socket closed'));
      return;
    }
    const key = `${address}:${port}`;
    if (key !== this.key) this.mux.route(this, key);
    this.mux.socketFor(address).send(buf, offset, length, port, address, cb);
  }

  /** Takes the datagram a shared socket received from this socket's agent. */
  deliver(buf: Buffer, rinfo: RemoteInfo): void {
    if (buf.length > this.mux.maxDatagramBytes) {
      this.onGarbage?.(`answer of ${buf.length} bytes exceeds ${this.mux.maxDatagramBytes}`);
      return;
    }
    try {
      this.emit('message', buf, rinfo);
    } catch {
      this.onGarbage?.('answer could not be decoded');
    }
  }

  /** Stops receiving; net-snmp then cancels the session's requests. */
  close(cb?: () => void): this {
    if (this.closed) return this;
    this.closed = true;
    this.mux.unroute(this);
    process.nextTick(() => {
      this.emit('close');
      cb?.();
    });
    return this;
  }

  /** No-op: the shared socket is bound on first send. */
  bind(): this {
    return this;
  }
  /** No-op: the shared socket never holds the event loop open; pending request timers do. */
  ref(): this {
    return this;
  }
  /** No-op (see ref). */
  unref(): this {
    return this;
  }
  /** The shared socket's local address. */
  address(): { address: string; family: string; port: number } {
    return { address: '0.0.0.0', family: 'IPv4', port: 0 };
  }
}

/** The shared sockets and the routes from agent `address:port` to virtual sockets. */
export class UdpMux {
  /** Datagrams above this size are refused as oversized without being decoded. */
  readonly maxDatagramBytes: number;
  private socket4: Socket | null = null;
  private socket6: Socket | null = null;
  private readonly routes = new Map<string, VirtualSocket | VirtualSocket[]>();
  /** The virtual socket net-snmp created last (read right after creating a session). */
  lastCreated: VirtualSocket | null = null;
  /** The `dgramModule` to hand to net-snmp sessions. */
  readonly dgramModule: DgramModuleLike;

  /** A mux refusing datagrams above `maxDatagramBytes`. */
  constructor(maxDatagramBytes: number) {
    this.maxDatagramBytes = maxDatagramBytes;
    this.dgramModule = {
      createSocket: () => {
        const s = new VirtualSocket(this);
        this.lastCreated = s;
        return s;
      },
    };
  }

  /** The shared socket for an address's family, created on first use. */
  socketFor(address: string): Socket {
    if (isIPv6(address)) {
      this.socket6 ??= this.open('udp6');
      return this.socket6;
    }
    this.socket4 ??= this.open('udp4');
    return this.socket4;
  }

  private open(type: 'udp4' | 'udp6'): Socket {
    const socket = dgram.createSocket({ type, recvBufferSize: RECV_BUFFER_BYTES });
    socket.on('message', (buf, rinfo) => this.dispatch(buf, rinfo));
    // Send errors reach the send callback; a socket-level error must not take the process down.
    socket.on('error', () => {});
    socket.unref();
    return socket;
  }

  private dispatch(buf: Buffer, rinfo: RemoteInfo): void {
    const found = this.routes.get(`${rinfo.address}:${rinfo.port}`);
    if (found === undefined) return;
    if (Array.isArray(found)) {
      for (const s of found) s.deliver(buf, rinfo);
    } else {
      found.deliver(buf, rinfo);
    }
  }

  /** Routes answers from `key` to `s` (several sessions may talk to one agent). */
  route(s: VirtualSocket, key: string): void {
    this.unroute(s);
    s.key = key;
    const found = this.routes.get(key);
    if (found === undefined) this.routes.set(key, s);
    else if (Array.isArray(found)) found.push(s);
    else this.routes.set(key, [found, s]);
  }

  /** Stops routing to `s`. */
  unroute(s: VirtualSocket): void {
    if (s.key === null) return;
    const found = this.routes.get(s.key);
    if (found === s) this.routes.delete(s.key);
    else if (Array.isArray(found)) {
      const rest = found.filter((x) => x !== s);
      if (rest.length === 0) this.routes.delete(s.key);
      else this.routes.set(s.key, rest.length === 1 ? rest[0]! : rest);
    }
    s.key = null;
  }

  /** How many agents have a route. */
  get routeCount(): number {
    return this.routes.size;
  }

  /** Closes the shared sockets. */
  async close(): Promise<void> {
    const closing = [this.socket4, this.socket6]
      .filter((s): s is Socket => s !== null)
      .map((s) => new Promise<void>((resolve) => s.close(() => resolve())));
    this.socket4 = null;
    this.socket6 = null;
    this.routes.clear();
    await Promise.all(closing);
  }
}
