import type { AppEvent } from '../../../shared/domain/events.js';

export type EventListener = (event: AppEvent) => void;

/** Fan-out of core events to every connected UI (IPC window, HTTP event streams). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A failing listener (a closed window, a dropped connection) must not stop the others.
      }
    }
  }
}
