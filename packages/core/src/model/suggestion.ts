import * as v from 'valibot';
import { ActorSchema } from './actor.js';
import { AttachmentSchema } from './attachment.js';
import { botTrapFields } from './bot-trap.js';
import { RatingSchema } from './rating.js';
import { ReplySchema } from './reply.js';
import { IdSchema, inputObject, msg, PhoneSchema, picklist, storedText, text, TimestampSchema, typeMessage } from './shared.js';
// Types only: a value re-exported here would load this module's schemas with it.
export type { Channel, Status, SuggestionKind } from './vocabulary.js';
import { channels, limits, maxAttachments, statuses, suggestionKinds, terminalStatuses, type Status } from './vocabulary.js';

export const LocationSchema = v.object({
  address: storedText,
  lat: v.optional(v.number()),
  lng: v.optional(v.number()),
  /** The citizen agreed to show the exact place publicly; otherwise only the district shows. */
  public: v.optional(v.boolean(), false),
});

export const ContactSchema = v.object({
  name: v.optional(storedText),
  phone: v.optional(storedText),
});

export const InternalNoteSchema = v.object({ at: TimestampSchema, by: storedText, text: storedText });

export const SuggestionSchema = v.object({
  /** The tracking code (查询码): random, not sequential, shown to the citizen. */
  id: IdSchema,
  kind: picklist(suggestionKinds),
  channel: picklist(channels),
  categoryId: IdSchema,
  title: storedText,
  body: storedText,
  location: v.optional(LocationSchema),
  attachments: v.array(AttachmentSchema),
  contact: v.optional(ContactSchema),
  anonymous: v.boolean(),
  workstationId: v.optional(IdSchema),
  topicId: v.optional(IdSchema),
  /** The case number in the system it was imported from (a 12345 work order); staff only. */
  externalRef: v.optional(storedText),
  status: picklist(statuses),
  /** Lead department (主办) once assigned. */
  departmentId: v.optional(IdSchema),
  /** Co-handling departments (协办). */
  coDepartmentIds: v.array(IdSchema),
  /** Handling days of the category at submit time, so later rule changes do not move deadlines. */
  handlingDays: v.pipe(v.number(), v.integer(), v.minValue(1)),
  acceptDueAt: TimestampSchema,
  dueAt: v.optional(TimestampSchema),
  repliedAt: v.optional(TimestampSchema),
  closedAt: v.optional(TimestampSchema),
  supervised: v.boolean(),
  adopted: v.boolean(),
  featured: v.boolean(),
  urgeCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastUrgedAt: v.optional(TimestampSchema),
  claimedBy: v.optional(v.object({ memberId: IdSchema, displayName: storedText })),
  mergedInto: v.optional(IdSchema),
  rejectionReason: v.optional(storedText),
  replies: v.array(ReplySchema),
  rating: v.optional(RatingSchema),
  internalNotes: v.array(InternalNoteSchema),
  submittedBy: v.pick(ActorSchema, ['role', 'displayName', 'memberId']),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Increases with every event; the server uses it to refuse lost updates. */
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
});
export type Suggestion = v.InferOutput<typeof SuggestionSchema>;

/** What anyone may see: no contact, no internal notes, no source case number, the place only as precise as consented. */
export const PublicSuggestionSchema = v.omit(SuggestionSchema, ['contact', 'internalNotes', 'externalRef']);
export type PublicSuggestion = v.InferOutput<typeof PublicSuggestionSchema>;

/**
 * The case number a suggestion has in the system it is imported from, such as a 12345
 * hotline work order. One suggestion per channel and number: sending the same again is
 * answered 409 `duplicate_external_ref` with the tracking code it already has, however
 * long ago it was imported. Integrators and staff only.
 */
export const ExternalRefSchema = v.pipe(text(1, 64), v.regex(/^[A-Za-z0-9_.:\/-]+$/, msg('invalidType')));

const LocationInputSchema = inputObject({
  address: text(limits.address.min, limits.address.max),
  lat: v.optional(v.pipe(v.number(typeMessage), v.minValue(-90, msg('latitude')), v.maxValue(90, msg('latitude')))),
  lng: v.optional(v.pipe(v.number(typeMessage), v.minValue(-180, msg('longitude')), v.maxValue(180, msg('longitude')))),
  public: v.optional(v.boolean(typeMessage), false),
});

const ContactInputSchema = inputObject({
  name: v.optional(text(0, limits.name.max)),
  phone: v.optional(v.union([v.literal(''), PhoneSchema], msg('phone'))),
});

/**
 * What a citizen, member or integrator sends to create a suggestion. A real-name
 * submission needs a name or phone and the citizen's consent to their use; an
 * anonymous one keeps no contact at all.
 */
export const SuggestionInputSchema = v.pipe(
  inputObject({
    kind: v.optional(picklist(suggestionKinds), 'suggestion'),
    channel: v.optional(picklist(channels), 'web'),
    categoryId: IdSchema,
    title: text(limits.title.min, limits.title.max),
    body: text(limits.body.min, limits.body.max),
    location: v.optional(LocationInputSchema),
    attachmentIds: v.optional(
      v.pipe(v.array(IdSchema, typeMessage), v.maxLength(maxAttachments, msg('tooMany', { max: maxAttachments }))),
      [],
    ),
    contact: v.optional(ContactInputSchema),
    anonymous: v.optional(v.boolean(typeMessage), false),
    consent: v.optional(v.boolean(typeMessage), false),
    workstationId: v.optional(IdSchema),
    topicId: v.optional(IdSchema),
    externalRef: v.optional(ExternalRefSchema),
    ...botTrapFields,
  }),
  v.forward(
    v.partialCheck(
      [['anonymous'], ['contact', 'name'], ['contact', 'phone']],
      (input) => input.anonymous || Boolean(input.contact?.name || input.contact?.phone),
      msg('contactNeeded'),
    ),
    ['contact', 'phone'],
  ),
  v.forward(
    v.partialCheck([['anonymous'], ['consent']], (input) => input.anonymous || input.consent, msg('consent')),
    ['consent'],
  ),
  // An anonymous suggestion must not keep a contact someone typed before switching.
  v.transform((input) => (input.anonymous ? { ...input, contact: undefined } : input)),
);
export type SuggestionInput = v.InferInput<typeof SuggestionInputSchema>;
export type ValidSuggestionInput = v.InferOutput<typeof SuggestionInputSchema>;
