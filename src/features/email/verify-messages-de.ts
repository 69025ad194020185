import type { Translation } from '../../ui/i18n/types';
import type { VerifyMessages } from './verify-messages-en';

export const verifyMessagesDe: Translation<VerifyMessages> = {
  'verify.bannerTitle': 'Bitte bestätigen Sie Ihre E-Mail-Adresse.',
  'verify.bannerText':
    'Damit wir wissen, dass {email} Ihnen gehört, senden wir einen Link ' +
    'dorthin.',
  'verify.send': 'Bestätigungslink senden',
  'verify.sent':
    'Wir haben einen Link an {email} gesendet. Öffnen Sie ihn, um Ihre ' +
    'E-Mail-Adresse zu bestätigen.',
  'verify.askAgainNow': 'Sie können jetzt einen weiteren Link anfordern.',
  'verify.askAgainIn': {
    one: 'Sie können in {count} Sekunde einen weiteren Link anfordern.',
    other: 'Sie können in {count} Sekunden einen weiteren Link anfordern.',
  },
};
