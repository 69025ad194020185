import type { MyCustomerUpdateAction } from '@commercetools/platform-sdk';
import type { Context } from '../context';
import { applyActions } from '../customer-actions';
import { ApiError } from '../errors';
import { saveCustomer } from '../repositories/customers';
import type { CustomerRecord, TokenGrant } from '../state';
import { stamp, versionSteps } from '../versioning';

const RIVAL_BIRTHDAY = '1970-01-01';
const OTHER_BIRTHDAY = '1971-01-01';

/** Another value for a text field, plainly marked as saved elsewhere. */
export function rivalText(value: string | undefined): string {
  return value ? `${value} (other device)` : 'Set on another device';
}

/** The same kind of change with another value, where one can be made. */
function rivalOf(
  action: MyCustomerUpdateAction,
): MyCustomerUpdateAction | undefined {
  switch (action.action) {
    case 'setFirstName':
      return { ...action, firstName: rivalText(action.firstName) };
    case 'setMiddleName':
      return { ...action, middleName: rivalText(action.middleName) };
    case 'setLastName':
      return { ...action, lastName: rivalText(action.lastName) };
    case 'setTitle':
      return { ...action, title: rivalText(action.title) };
    case 'setSalutation':
      return { ...action, salutation: rivalText(action.salutation) };
    case 'setCompanyName':
      return { ...action, companyName: rivalText(action.companyName) };
    case 'setVatId':
      return { ...action, vatId: rivalText(action.vatId) };
    case 'setDateOfBirth':
      return {
        ...action,
        dateOfBirth:
          action.dateOfBirth === RIVAL_BIRTHDAY
            ? OTHER_BIRTHDAY
            : RIVAL_BIRTHDAY,
      };
    case 'changeAddress':
      return {
        ...action,
        address: { ...action.address, city: rivalText(action.address.city) },
      };
    default:
      // Email, locale, address lists and custom fields: another writer's
      // value could collide or be invalid, so only the version moves.
      return undefined;
  }
}

/**
 * The "clash next write" fault: before the caller's update is checked,
 * another device of the same customer saves other values for the fields
 * the update touches (or, failing that, any change at all), so the update
 * meets a 409 and the fresh customer differs on the same fields.
 */
export function playRivalWrite(
  ctx: Context,
  record: CustomerRecord,
  actions: MyCustomerUpdateAction[],
  grant: TokenGrant,
): void {
  ctx.faults.clashNextWrite = false;
  let customer = record.customer;
  let effective = 0;
  for (const rival of actions.map(rivalOf)) {
    if (!rival) continue;
    try {
      const result = applyActions(ctx, customer, [rival]);
      customer = result.customer;
      effective += result.effective;
    } catch (error) {
      // The caller's own action will meet the same error; skip it here.
      if (!(error instanceof ApiError)) throw error;
    }
  }
  const steps = Math.max(1, versionSteps(ctx, effective));
  record.customer = stamp(ctx, customer, steps, grant);
  saveCustomer(ctx, record);
}
