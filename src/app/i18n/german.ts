import { accountMessagesDe } from '../../features/account/messages-de';
import { addressMessagesDe } from '../../features/addresses/messages-de';
import { cartMessagesDe } from '../../features/cart/messages-de';
import { deleteMessagesDe } from '../../features/delete-account/messages-de';
import { emailMessagesDe } from '../../features/email/messages-de';
import { verifyMessagesDe } from '../../features/email/verify-messages-de';
import { passwordMessagesDe } from '../../features/password/messages-de';
import { profileMessagesDe } from '../../features/profile/messages-de';
import { signInMessagesDe } from '../../features/sign-in/messages-de';
import { signUpMessagesDe } from '../../features/sign-up/messages-de';
import { coreMessagesDe } from '../../ui/i18n/messages-de';

/**
 * Every German message in one chunk, loaded only when German is chosen.
 * Each feature's part is typed against its English catalogue; the test
 * beside this file checks that none is left out here.
 */
export const german = {
  ...coreMessagesDe,
  ...accountMessagesDe,
  ...addressMessagesDe,
  ...cartMessagesDe,
  ...deleteMessagesDe,
  ...emailMessagesDe,
  ...verifyMessagesDe,
  ...passwordMessagesDe,
  ...profileMessagesDe,
  ...signInMessagesDe,
  ...signUpMessagesDe,
};
