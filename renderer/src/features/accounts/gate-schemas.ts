// zod with its messages in the UI language, then the account schemas the server validates with.
import '../../app/zod-language.ts';

/** The schemas the setup and sign-in forms check before sending (loaded by gate-validation.ts). */
export { loginSchema, setupSchema, withConfirmation } from '../../../../shared/accounts/schemas.ts';
