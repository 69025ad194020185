import { json, parseJson } from '../http';
import { errors } from '../errors';
import { hashPassword, maskPassword, verifyPassword } from '../password';
import { saveCustomer } from '../repositories/customers';
import type { Handler } from '../route';
import { asObjectOf, reqString, reqVersion } from '../validation/read';
import { reqPassword } from '../validation/values';
import { profileCaller, requireCustomer } from './caller';
import { stamp } from '../versioning';
import { checkCustomerVersion } from './versioning';

/**
 * `POST /me/password`: the caller's own password, version-checked.
 * Existing tokens stay valid (the platform documents no revocation here).
 */
export const changePassword: Handler = async (ctx, req, params) => {
  const token = profileCaller(ctx, req, params.storeKey);
  const before = requireCustomer(ctx, token, params.storeKey);
  const body = asObjectOf(parseJson(req), '', [
    'version',
    'currentPassword',
    'newPassword',
  ]);
  const version = reqVersion(body, 'version', '');
  const currentPassword = reqString(body, 'currentPassword', '');
  const newPassword = reqPassword(body, 'newPassword', '');
  checkCustomerVersion(ctx, before, version);
  if (!(await verifyPassword(currentPassword, before.passwordHash))) {
    throw errors.invalidCurrentPassword();
  }
  const hash = await hashPassword(newPassword);
  // Hashing awaited: another request may have written meanwhile.
  const record = requireCustomer(ctx, token, params.storeKey);
  checkCustomerVersion(ctx, record, version);
  record.passwordHash = hash;
  record.customer = stamp(
    ctx,
    { ...record.customer, password: maskPassword(hash) },
    1,
    token,
  );
  saveCustomer(ctx, record);
  return json(200, record.customer);
};
