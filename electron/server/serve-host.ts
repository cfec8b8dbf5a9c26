const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

/** True for an address only this machine can reach (127.x.x.x, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK.test(host.trim());
}

export type HostCheck = { ok: true; warning?: string } | { ok: false; message: string };

/**
 * `npm run serve -- --host X`: loopback is the default and needs nothing; any other address
 * exposes the API (plain HTTP, guarded only by the page's token) to the network, so it needs
 * --allow-remote and is announced with a warning.
 */
export function checkServeHost(host: string, allowRemote: boolean): HostCheck {
  if (isLoopbackHost(host)) return { ok: true };
  if (!allowRemote)
    return {
      ok: false,
      message: `Refusing to serve on ${host}: other machines could reach it. Add --allow-remote to do so anyway, or use --host 127.0.0.1.`,
    };
  return {
    ok: true,
    warning: `Warning: serving on ${host} makes Crosswalk reachable from other machines over plain HTTP; anyone who can watch the network (or gets the printed address before you open it) can read and change your projects.`,
  };
}
