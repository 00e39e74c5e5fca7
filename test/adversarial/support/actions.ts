// One valid input for every action, shared by the access-control matrix and the lifecycle
// model so both try the same requests: core's samples, merging into a suggestion that the
// demo server has.
import type { Action, ActionType } from '@jianyi/core';
import { sampleActions } from '../../../packages/core/test/support/fixtures.js';

export const samples: Record<ActionType, Action> = { ...sampleActions, merge: { type: 'merge', into: 'JYDEMO000001' } };
