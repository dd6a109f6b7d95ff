// The one definition of an article (contract C1). The normaliser, the CLI, the Astro content
// loader and the pages all import it from here.
import { z } from 'zod';

/**
 * The kinds of correction, one list for the normaliser that records them and the site that
 * shows them. Furniture is recorded with what it was (`furniture:caption`, `furniture:page-number`).
 */
export const CORRECTION_KINDS = [
  'punctuation',
  'halfwidth',
  'spacing',
  'duplicate',
  'table-of-contents',
  'not-an-article',
  'reflow',
  'metadata',
  'markup',
  'furniture',
] as const;
export type CorrectionFamily = (typeof CORRECTION_KINDS)[number];
export type CorrectionKind = CorrectionFamily | `furniture:${string}`;
export const correctionKindSchema = z.union([z.enum(CORRECTION_KINDS), z.templateLiteral(['furniture:', z.string()])]);
/** the family a kind belongs to: `furniture:caption` → furniture */
export const correctionFamily = (kind: CorrectionKind): CorrectionFamily =>
  kind.startsWith('furniture') ? 'furniture' : (kind as CorrectionFamily);

export const correctionSchema = z.object({
  /** which repair made the change (CORRECTION_KINDS) */
  kind: correctionKindSchema,
  before: z.string(),
  after: z.string(),
  /** 1-based line in the clipping file where the changed text starts */
  line: z.number().int().nonnegative(),
});

/** "2022-06-29", "2022-06" or "2022": only as precise as the source says. */
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const partialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, 'expected a date like 2022-06-29, 2022-06 or 2022')
  .refine((s) => {
    if (s.length < 10 || !PARTIAL_DATE.test(s)) return true; // the format is the regex's to report
    const time = Date.parse(`${s}T00:00:00Z`);
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(s);
  }, 'no such day in the calendar');

/** Another printing of the same article, in another clipping (shown under 同文见于). */
export const reprintSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string().nullable(),
  date: z.string().nullable(),
  sourceFile: z.string(),
});

export const articleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  subtitle: z.string().nullable(),
  byline: z.array(z.string()),
  source: z.string().nullable(),
  place: z.string().nullable(),
  city: z.string().nullable(),
  province: z.string().nullable(),
  date: partialDateSchema.nullable(),
  keywords: z.array(z.string()),
  paragraphs: z.array(z.string()),
  /** which paragraphs are section heads printed inside the article (indices, ascending) */
  sectionHeads: z.array(z.number().int().nonnegative()).default([]),
  sourceFile: z.string(),
  /** the article's lines in its clipping file, first and last (1-based, front matter counted) */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).optional(),
  corrections: z.array(correctionSchema),
  /** decisions the normaliser took on weak evidence in this article's lines, for the editor to review */
  unsure: z.array(z.object({ line: z.number().int().nonnegative(), decision: z.string() })).optional(),
  /** the same article printed in other clippings (found across the archive) */
  reprints: z.array(reprintSchema).optional(),
});

export const problemSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().nullable(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

/**
 * What the normaliser read in one file, for `jianbao check`: the articles it found (the line
 * each starts on, title, date, place) and the decisions it took on weak evidence.
 */
export const fileReadingSchema = z.object({
  file: z.string(),
  articles: z.array(
    z.object({
      line: z.number().int().nonnegative(),
      title: z.string(),
      date: z.string().nullable(),
      place: z.string().nullable(),
    }),
  ),
  unsure: z.array(z.object({ line: z.number().int().nonnegative(), decision: z.string() })),
});

export const normalizeResultSchema = z.object({
  articles: z.array(articleSchema),
  problems: z.array(problemSchema),
  /** one entry per file read (optional: tools that only need articles may ignore it) */
  readings: z.array(fileReadingSchema).optional(),
});

// YAML reads `date: 2022` as a number and `date: 2022-06-29` as a date
const frontMatterDate = z.union([
  partialDateSchema,
  z.int().transform(String).pipe(partialDateSchema),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

/**
 * One article of a file overruled by the editor (front matter `articles:`): which article —
 * by its `headline` as printed, or a `line` of the file inside it — and what to set. `start`
 * says the line is the headline of an article the machine missed (as `# ` before it would).
 */
export const articleOverrideSchema = z
  .object({
    headline: z.string().min(1),
    line: z.int().positive(),
    start: z.boolean(),
    title: z.string().min(1),
    date: frontMatterDate,
    source: z.string().min(1),
    city: z.string().min(1),
    place: z.string().min(1),
    byline: z.union([
      z
        .string()
        .min(1)
        .transform((s) => [s]),
      z.array(z.string().min(1)),
    ]),
  })
  .partial()
  .strict()
  .superRefine((o, ctx) => {
    if ((o.headline === undefined) === (o.line === undefined))
      ctx.addIssue({ code: 'custom', message: 'name the article by "headline:" or by "line:" (one of the two)' });
    if (o.start && o.line === undefined)
      ctx.addIssue({ code: 'custom', path: ['start'], message: '"start" needs the "line:" where the article starts' });
  });

/** Front matter an editor may put at the top of a clipping file; it wins over inference. */
export const frontMatterSchema = z
  .object({
    source: z.string().min(1),
    date: frontMatterDate,
    city: z.string().min(1),
    place: z.string().min(1),
    title: z.string().min(1),
    /** per-article overrides */
    articles: z.array(articleOverrideSchema),
    /** strings no repair may change in this file (see also content/keep.txt) */
    keep: z.array(z.string().min(1)),
  })
  .partial()
  .strict();

export type Correction = z.infer<typeof correctionSchema>;
export type Article = z.infer<typeof articleSchema>;
export type Reprint = z.infer<typeof reprintSchema>;
export type Problem = z.infer<typeof problemSchema>;
export type NormalizeResult = z.infer<typeof normalizeResultSchema>;
export type FileReading = z.infer<typeof fileReadingSchema>;
export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type ArticleOverride = z.infer<typeof articleOverrideSchema>;
