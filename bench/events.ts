import { herokuBodySignature } from "@/lib/server/hooks/verify-heroku-body";
import { makeEvent, SECRET } from "../test/faults/fault-fixtures";

export type SignedEvent = { eventId: string; herokuReleaseId: string; body: string; signature: string };

let counter = 0;
export function signedEvent(): SignedEvent {
  const event = makeEvent(counter++);
  return { ...event, signature: herokuBodySignature(SECRET, event.body) };
}

/**
 * Distinct api:release events, each validly signed, made before the clock starts: building and
 * signing bodies during a run would take CPU from the server on the same two cores.
 */
export class EventFeed {
  private ready: SignedEvent[] = [];
  /** Events made during a run because the prefilled ones ran out. */
  madeLate = 0;

  prefill(count: number) {
    const missing = count - this.ready.length;
    for (let i = 0; i < missing; i++) this.ready.push(signedEvent());
  }

  next = (): SignedEvent => {
    const event = this.ready.pop();
    if (event) return event;
    this.madeLate++;
    return signedEvent();
  };
}

/** `copies` deliveries of each of `count` fresh events, the copies of one event next to each other. */
export function duplicateDeliveries(count: number, copies: number): { events: SignedEvent[]; deliveries: SignedEvent[] } {
  const events = Array.from({ length: count }, () => signedEvent());
  return { events, deliveries: events.flatMap((event) => Array<SignedEvent>(copies).fill(event)) };
}
