import { createAccountService } from './account-service';
import { session } from './client';
import { config } from './config';
import { gatedFetch } from './request-gate';

/** The app's account service, or `available: false` when there is none. */
export const accountService = createAccountService(config, gatedFetch, session);
