import type { Server } from 'node:http';

/** Listens on 127.0.0.1 at `port`, or at any free port if that one is taken; resolves the port used. */
export function listenOnLoopback(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const listen = (at: number) => server.listen(at, '127.0.0.1');
    server.on('listening', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
    server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE' && port !== 0) listen(0);
      else reject(error);
    });
    listen(port);
  });
}
