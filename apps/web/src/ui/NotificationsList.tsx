import { Notifications } from '@mantine/notifications';

/** The lazy half of NotificationsHost: the module that brings the host's code. */
export default Notifications;
