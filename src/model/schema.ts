// The scenario document as a user writes it (YAML or JSON), checked structurally with zod.
// Cross-references (unknown ids, option names, expressions) are checked afterwards in
// `normalise.ts`, which can name what is known and suggest a fix.
import { z } from 'zod';

const ID_PATTERN = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const id = z
  .string()
  .regex(ID_PATTERN, 'must start with a letter and use only letters, digits, "_", "-" or "."')
  .describe('Identifier used to refer to this item elsewhere in the scenario.');
const date = z.iso.date('must be a date written YYYY-MM-DD').describe('A date, YYYY-MM-DD.');
const text = z.string().min(1, 'must not be empty');
const aliases = z
  .array(text)
  .describe('Other names used in reports (capitals, leaders, abbreviations); used to recognise it in text.');
const unit = z.number().min(0).max(1);
const value = z.union([z.string(), z.number()]).describe('An option id, or a number for a range issue.');

/**
 * A boolean expression over a package: `{issue: option}`, `{issue: [options]}`,
 * `{issue: {min, max}}`, `{all: [...]}`, `{any: [...]}`, `{not: ...}`. Several issue keys in one
 * map must all hold. Checked in detail by normalise.ts.
 */
const expr = z
  .record(z.string(), z.unknown())
  .describe(
    'Condition on a package: {issue: option}, {issue: [options]}, {issue: {min, max}}, {all: [..]}, {any: [..]}, {not: ..}.',
  );

export const evidenceSchema = z
  .strictObject({
    source: id.describe('A source id from meta.sources.'),
    date: date.optional(),
    quote: text.optional().describe('A short attributed quotation; prefer a paraphrase.'),
    paraphrase: text.optional(),
  })
  .describe('Where a reported fact comes from.');

const sourceSchema = z.strictObject({
  id,
  title: text,
  publisher: text.optional(),
  date: date.optional(),
  url: z.url('must be a URL such as https://…').optional(),
});

const metaSchema = z.strictObject({
  id,
  title: text,
  description: z.string().optional(),
  as_of: date
    .optional()
    .describe(
      'The date up to which the file (base positions and events) is current; the base holds the positions before the first event.',
    ),
  judgements: z
    .string()
    .optional()
    .describe(
      'What in this file is analyst judgement (power, saliences, utilities) rather than reported fact.',
    ),
  sources: z.array(sourceSchema).default([]),
});

const optionSchema = z.union([
  id,
  z.strictObject({
    id,
    label: text.optional(),
    description: z.string().optional().describe('What the option means, in a sentence.'),
    aliases: aliases.optional(),
    position: z.number().min(0).max(100).optional().describe('Position on the issue axis, 0–100.'),
  }),
]);

const rangeSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  step: z.number().positive(),
  unit: z.string().optional(),
});

const issueSchema = z.strictObject({
  id,
  name: text.optional(),
  aliases: aliases.optional(),
  description: z.string().optional(),
  options: z.array(optionSchema).min(2, 'an issue needs at least two options').optional(),
  range: rangeSchema.optional(),
});

const stanceSchema = z.strictObject({
  ideal: value.nullable().optional().describe('Most preferred option (or number for a range issue).'),
  salience: unit.optional().describe('How much the issue matters to the party, 0–1 (analyst judgement).'),
  utility: z
    .record(z.string(), unit)
    .optional()
    .describe('Explicit utility 0–1 per option id; others follow distance from the ideal.'),
  position_sd: z
    .number()
    .min(0)
    .optional()
    .describe('Uncertainty of the ideal on the 0–100 axis (std. dev.).'),
  note: z.string().optional(),
  evidence: evidenceSchema.optional(),
});

export const constraintSchema = z
  .strictObject({
    id,
    text: text.optional().describe('The red line or linkage as a sentence.'),
    forbid: expr.optional(),
    require: expr.optional(),
    if: expr.optional(),
    then: expr.optional(),
    hard: z.boolean().optional().describe('Hard (default) excludes packages; soft subtracts `penalty`.'),
    penalty: unit.optional(),
    evidence: evidenceSchema.optional(),
  })
  .describe('A red line (forbid / require) or conditional concession (if / then).');

const noAgreementSchema = z
  .union([
    unit,
    z.literal('status_quo'),
    z.strictObject({ value: unit }),
    z.strictObject({ package: z.union([z.literal('status_quo'), z.record(z.string(), value)]) }),
  ])
  .describe('Value of walking away: a utility 0–1, "status_quo", or {package: {...}}.');

const partySchema = z.strictObject({
  id,
  name: text.optional(),
  aliases: aliases.optional(),
  kind: z.enum(['state', 'bloc', 'organisation', 'group', 'person']).optional(),
  role: z.enum(['principal', 'mediator', 'guarantor', 'observer']).optional(),
  power: z.number().min(0).optional().describe('Relative capability ≥ 0 (analyst judgement).'),
  risk: z.number().min(-1).max(1).optional(),
  stances: z.record(z.string(), stanceSchema).optional(),
  constraints: z.array(constraintSchema).optional(),
  no_agreement: noAgreementSchema.optional(),
  strategy: z
    .union([
      z.string(),
      z.strictObject({
        kind: z.string(),
        e: z.number().optional(),
        factor: z.number().optional(),
        rate: z.number().optional(),
      }),
    ])
    .optional()
    .describe(
      'Concession strategy in simulations: boulware[:e], linear, conceder[:e], time:e, hardliner, tit-for-tat[:factor], aspiration[:rate].',
    ),
  note: z.string().optional(),
});

const packageSchema = z.record(z.string(), value);

const proposalSchema = z.strictObject({
  id,
  label: text.optional(),
  by: z.union([id, z.array(id)]),
  date: date.optional(),
  package: packageSchema,
  evidence: evidenceSchema.optional(),
});

const condition = z
  .string()
  .describe('Options taken or not, joined by "&": "renounce_nato & -ceasefire" ("-" means not taken).');
const statement = z
  .string()
  .describe('A preference statement: a condition, "a | b" (either), "q if p", or "q iff p".');

const conflictSchema = z.strictObject({
  options: z
    .array(
      z.strictObject({
        id,
        party: id,
        label: text.optional(),
        direction: z
          .enum(['both', 'fwd', 'back'])
          .optional()
          .describe('fwd: can only be taken; back: only dropped.'),
      }),
    )
    .min(1),
  infeasible: z.array(condition).optional(),
  mutually_exclusive: z.array(z.array(id).min(2)).optional(),
  exactly_one: z.array(z.array(id).min(2)).optional(),
  preferences: z.record(
    z.string(),
    z.union([
      z.array(statement),
      z.strictObject({ statements: z.array(statement) }),
      z.strictObject({
        ranking: z
          .array(z.union([z.string(), z.array(z.string())]))
          .describe('Tiers of state patterns (Y/N/- per option), most preferred first.'),
      }),
    ]),
  ),
  misperceptions: z.record(z.string(), z.array(condition)).optional(),
  coalitions: z.array(z.array(id).min(2)).optional(),
  status_quo: z.array(id).optional().describe('Options taken in the status-quo state.'),
});

const withParty = { party: id.optional().describe("Defaults to the event's party.") };
const changeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set_ideal'), ...withParty, issue: id, ideal: value.nullable() }),
  z.strictObject({ op: z.literal('set_salience'), ...withParty, issue: id, salience: unit }),
  z.strictObject({ op: z.literal('set_utility'), ...withParty, issue: id, value, utility: unit }),
  z.strictObject({ op: z.literal('set_power'), ...withParty, power: z.number().min(0) }),
  z.strictObject({ op: z.literal('set_no_agreement'), ...withParty, no_agreement: noAgreementSchema }),
  z.strictObject({ op: z.literal('add_constraint'), ...withParty, constraint: constraintSchema }),
  z.strictObject({ op: z.literal('drop_constraint'), ...withParty, id }),
  z.strictObject({ op: z.literal('set_status_quo'), issue: id, value }),
  z.strictObject({ op: z.literal('add_proposal'), proposal: proposalSchema }),
]);

/** The operations a timeline event can apply, in the order documented. */
export const CHANGE_OPS: readonly string[] = changeSchema.options.map((o) => o.shape.op.value);

const eventSchema = z.strictObject({
  id: id.optional(),
  date,
  party: id.optional(),
  title: text,
  summary: z.string().optional().describe('Our paraphrase of what was reported.'),
  quote: z.string().optional(),
  source: id.describe('A source id from meta.sources.'),
  confidence: unit.optional(),
  changes: z.array(changeSchema).default([]),
});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional(),
    entente: z.literal(1, 'must be 1 (the scenario format version)'),
    meta: metaSchema,
    parties: z.array(partySchema).min(1, 'a scenario needs at least one party'),
    issues: z.array(issueSchema).default([]),
    status_quo: packageSchema.optional(),
    proposals: z.array(proposalSchema).optional(),
    conflict: conflictSchema.optional(),
    events: z.array(eventSchema).optional(),
  })
  .describe('An Entente negotiation scenario.');

export type ScenarioDocument = z.infer<typeof scenarioSchema>;
export type ConstraintDocument = z.infer<typeof constraintSchema>;
export type ChangeDocument = z.infer<typeof changeSchema>;
export type NoAgreementDocument = z.infer<typeof noAgreementSchema>;
export type EvidenceDocument = z.infer<typeof evidenceSchema>;

/** The JSON Schema that editors use to autocomplete scenario files (`schema/scenario.schema.json`). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  return {
    $id: 'https://entente.dev/schema/scenario.schema.json',
    title: 'Entente scenario',
    ...schema,
  };
}
