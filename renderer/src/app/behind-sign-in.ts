// Every Mantine component's styles (the first download has the gates' only: renderer/src/main.tsx),
// before the shell's own and the date pickers', as they were ordered when they came first.
import '@mantine/core/styles.css';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { DEFAULT_LANGUAGE } from '../../../shared/i18n/languages.ts';
import { i18n } from './i18n.ts';
import { messagesIdScreens } from './messages-id-screens.ts';
import './zod-language.ts';

/**
 * What the screens behind sign-in need and the sign-in form does not: all of Mantine's styles,
 * the screens' Indonesian messages (also the fallback of every other language), dates in
 * Indonesian, zod speaking the UI language. Loaded once the sign-in form is on screen, before
 * the shell (App.tsx), the recovery screen and the desktop's connection page.
 */
i18n.addResourceBundle(DEFAULT_LANGUAGE, 'translation', messagesIdScreens, true, false);
dayjs.locale(i18n.language);

