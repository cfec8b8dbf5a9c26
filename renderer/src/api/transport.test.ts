import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/domain/events.js';
import { sharedEventStream } from './transport.js';

class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onmessage: ((message: MessageEvent<string>) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
  send(event: AppEvent) {
    this.onmessage?.({ data: JSON.stringify(event) } as MessageEvent<string>);
  }
}

describe('sharedEventStream', () => {
  it('opens one connection for all listeners, fans events out, and closes with the last listener', () => {
    FakeEventSource.opened = [];
    const subscribe = sharedEventStream('/api/events', (url) => new FakeEventSource(url) as unknown as EventSource);
    const a: AppEvent[] = [];
    const b: AppEvent[] = [];
    const stopA = subscribe((e) => a.push(e));
    const stopB = subscribe((e) => b.push(e));
    expect(FakeEventSource.opened).toHaveLength(1);
    const source = FakeEventSource.opened[0]!;
    source.send({ type: 'data-changed', domains: ['mappings'] });
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(1);
    stopA();
    source.send({ type: 'data-changed', domains: ['sources'] });
    expect(a).toHaveLength(1);
    expect(b).toHaveLength(2);
    expect(source.closed).toBe(false);
    stopB();
    expect(source.closed).toBe(true);
    subscribe(() => undefined);
    expect(FakeEventSource.opened).toHaveLength(2);
  });
});
