/**
 * Runs a request handler so that a bug in one request never takes the server
 * down: errors are logged and the request answers with a neutral value.
 */
export function runSafe<T>(log: (msg: string) => void, what: string, fallback: T, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    log(`claimlint: ${what} failed: ${(e as Error)?.stack ?? String(e)}`);
    return fallback;
  }
}

export async function runSafeAsync<T>(log: (msg: string) => void, what: string, fallback: T, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    log(`claimlint: ${what} failed: ${(e as Error)?.stack ?? String(e)}`);
    return fallback;
  }
}
