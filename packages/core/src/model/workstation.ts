import * as v from 'valibot';
import { IdSchema, storedText } from './shared.js';

/** A committee-member workstation (委员工作室) with its 民意直通 QR link. */
export const WorkstationSchema = v.object({
  id: IdSchema,
  name: storedText,
  region: storedText,
  address: v.optional(storedText),
  /** Where the workstation's QR code points: the portal's form, pre-bound to this workstation. */
  qrUrl: storedText,
  members: v.optional(v.array(storedText), []),
});
export type Workstation = v.InferOutput<typeof WorkstationSchema>;
