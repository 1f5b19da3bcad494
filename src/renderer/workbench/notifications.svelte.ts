export type NotificationTone = 'info' | 'warning' | 'error';

export interface Notification {
  id: number;
  tone: NotificationTone;
  message: string;
}

/** Messages for the user that must not be missed but must not block work (damaged files, saves). */
export class Notifications {
  items = $state<Notification[]>([]);
  private nextId = 1;

  push(message: string, tone: NotificationTone = 'info'): void {
    this.items = [...this.items.filter((n) => n.message !== message), { id: this.nextId++, tone, message }].slice(-4);
  }

  dismiss(id: number): void {
    this.items = this.items.filter((n) => n.id !== id);
  }
}
