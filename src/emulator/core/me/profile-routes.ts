import { errors } from '../errors';
import { json, parseJson } from '../http';
import { applyActions, parseActions } from '../customer-actions';
import { removeCustomer, saveCustomer } from '../repositories/customers';
import { revokeCustomerTokens } from '../repositories/tokens';
import { removeCustomerTokens } from '../repositories/customer-tokens';
import type { Handler } from '../route';
import { asObject, reqArray, reqInt } from '../validation/read';
import { profileCaller, requireCustomer } from './caller';
import { checkVersion, stamp } from './versioning';

const MAX_ACTIONS = 500;

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
  const body = asObject(parseJson(req), '');
  const version = reqInt(body, 'version', '');
  const rawActions = reqArray(body, 'actions', '');
  if (rawActions.length > MAX_ACTIONS) {
    throw errors.invalidInput(
      `A maximum of ${MAX_ACTIONS} update actions is allowed per request.`,
    );
  }
  const actions = parseActions(rawActions);
  checkVersion(ctx, record, version);
  const result = applyActions(ctx, record.customer, actions);
  const increments =
    ctx.options.versionIncrement === 'perAction'
      ? result.effective
      : Math.min(result.effective, 1);
  record.customer = stamp(ctx, result.customer, increments, token);
  saveCustomer(ctx, record);
  return json(200, record.customer);
};

/**
 * `DELETE /me?version=`: answers the deleted customer. Its tokens end
 * with it, so the old session cannot reach anything afterwards.
 */
export const deleteMe: Handler = (ctx, req, params) => {
  const token = profileCaller(ctx, req, params.storeKey);
  const record = requireCustomer(ctx, token, params.storeKey);
  const raw = req.query.get('version');
  if (raw === null || raw === '') {
    throw errors.invalidInput('Missing required query parameter: version.');
  }
  const version = Number(raw);
  if (!Number.isInteger(version)) {
    throw errors.invalidInput(`Invalid version '${raw}'.`);
  }
  checkVersion(ctx, record, version);
  removeCustomer(ctx, record.customer.id);
  revokeCustomerTokens(ctx, record.customer.id);
  removeCustomerTokens(ctx, record.customer.id);
  return json(200, record.customer);
};
