import type { ActionType } from '../model/action.js';
import type { Role } from '../model/actor.js';
import type { Status } from '../model/suggestion.js';

/**
 * Why the lifecycle refused an action. `action_not_allowed`: the state or the role does
 * not permit it (`allowed` lists what the actor may do instead); `invalid_action`: it is
 * permitted but its content is wrong (`field` names what to fix).
 */
export type TransitionError =
  | {
      code: 'action_not_allowed';
      action: ActionType;
      status: Status;
      role: Role;
      allowed: ActionType[];
    }
  | {
      code: 'invalid_action';
      action: ActionType;
      field: string;
      messageKey: 'mergeIntoSelf' | 'dueInPast';
    };
