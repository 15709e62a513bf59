import { notifications } from '@mantine/notifications';

/** The "… is in the basket" notices still up or queued, by id. */
const shown = new Set<string>();
let sequence = 0;

/** Says that a product went into the basket: a notice that closes by itself after a few seconds. */
export function showBasketNotice(message: string): void {
  const id = `basket-added-${(sequence += 1)}`;
  shown.add(id);
  notifications.show({ id, color: 'green', message, onClose: () => shown.delete(id) });
}

/**
 * Takes every basket notice down at once: once the request is sent (or the basket transferred), they would
 * only cover the thank-you. Works on Mantine's store alone, so also before the lazy host (ui/NotificationsHost)
 * was ever loaded.
 */
export function hideBasketNotices(): void {
  for (const id of [...shown]) notifications.hide(id);
  shown.clear();
}
