/** Runs one job per key after a quiet period; a new request for the key restarts its timer. */
export class Debouncer {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  schedule(key: string, delayMs: number, job: () => void): void {
    this.cancel(key);
    if (delayMs <= 0) {
      // still asynchronous, so a burst of changes in one tick collapses into one run
      const t = setImmediate(() => {
        this.timers.delete(key);
        job();
      }) as unknown as NodeJS.Timeout;
      this.timers.set(key, t);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        job();
      }, delayMs),
    );
  }

  cancel(key: string): void {
    const t = this.timers.get(key);
    if (t) {
      clearTimeout(t);
      clearImmediate(t as unknown as NodeJS.Immediate);
      this.timers.delete(key);
    }
  }

  dispose(): void {
    for (const k of [...this.timers.keys()]) this.cancel(k);
  }
}
