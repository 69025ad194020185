import { json } from '../http';
import { applyActions, parseActions } from '../customer-actions';
import { removeCustomer, saveCustomer } from '../repositories/customers';
import { revokeCustomerRefreshTokens } from '../repositories/tokens';
import { removeCustomerTokens } from '../repositories/customer-tokens';
import type { Handler } from '../route';
import {
  readUpdate,
  readVersionParam,
  stamp,
  versionSteps,
} from '../versioning';
import { profileCaller, requireCustomer } from './caller';
import { playRivalWrite } from './rival-write';
import { checkCustomerVersion } from './versioning';

/** `GET /me`: whoever the token says. */
export const getMe: Handler = (ctx, req, params) => {
  const token = profileCaller(ctx, req, params.storeKey);
  return json(200, requireCustomer(ctx, token, params.storeKey).customer);
};

/**
 * `POST /me`: every action is read first, then the version is checked,
 * then the actions run in order on a copy that is saved only if all pass.
 */
export const updateMe: Handler = (ctx, req, params) => {
  const token = profileCaller(ctx, req, params.storeKey);
  const record = requireCustomer(ctx, token, params.storeKey);
  const update = readUpdate(req);
  const actions = parseActions(update.actions);
  if (ctx.faults.clashNextWrite) playRivalWrite(ctx, record, actions, token);
  checkCustomerVersion(ctx, record, update.version);
  const result = applyActions(ctx, record.customer, actions);
  const steps = versionSteps(ctx, result.effective);
  record.customer = stamp(ctx, result.customer, steps, token);
  saveCustomer(ctx, record);
  return json(200, record.customer);
};

/**
 * `DELETE /me?version=`: answers the deleted customer. Its access tokens
 * stay valid but orphaned, so the /me routes answer 404 ResourceNotFound
 * as the platform does for a token whose customer is gone; its refresh
 * tokens end, so no new token is made for a customer who no longer exists.
 */
export const deleteMe: Handler = (ctx, req, params) => {
  const token = profileCaller(ctx, req, params.storeKey);
  const record = requireCustomer(ctx, token, params.storeKey);
  checkCustomerVersion(ctx, record, readVersionParam(req));
  removeCustomer(ctx, record.customer.id);
  revokeCustomerRefreshTokens(ctx, record.customer.id);
  removeCustomerTokens(ctx, record.customer.id);
  return json(200, record.customer);
};
