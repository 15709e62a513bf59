import { lazy, Suspense, useState } from 'react';
import { useNotifications } from '@mantine/notifications';

// Mantine's notification host (portal, transitions) is fetched with the first notification shown: most
// visits show none, and the store that queues them meanwhile is a few hundred bytes.
const Notifications = lazy(() => import('./NotificationsList'));

export function NotificationsHost() {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="bottom-right" />
    </Suspense>
  );
}
