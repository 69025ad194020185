import { profileToActions } from './profile-to-actions';
import type { ProfileValues } from './profile-schema';
import { customerToProfileValues } from './profile-values';
import { rebase } from './rebase';
import type { SavePlan } from './save-with-rebase';

export const profilePlan: SavePlan<ProfileValues> = {
  toActions: profileToActions,
  rebase: (base, fresh, values) =>
    rebase(
      customerToProfileValues(base),
      customerToProfileValues(fresh),
      values,
    ),
};
