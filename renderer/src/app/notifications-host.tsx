// The toasts' styles travel with their container.
import '@mantine/core/styles/Notification.css';
import '@mantine/notifications/styles.css';

/** Mantine's notification container, loaded by Providers.tsx once the first screen is painted. */
export { Notifications } from '@mantine/notifications';
