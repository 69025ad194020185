/** The project's languages: the UI speaks these, the profile offers them. */
export const LOCALES = ['en', 'de'] as const;

export type Locale = (typeof LOCALES)[number];

/** A message whose wording depends on a number, chosen by plural rule. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & {
  readonly other: string;
};

export type Message = string | PluralForms;

export type Catalogue = Readonly<Record<string, Message>>;

/**
 * What a translation of catalogue `C` must hold: every key, in the same
 * shape. A missing key, or a plural written as a plain text, does not
 * compile.
 */
export type Translation<C extends Catalogue> = {
  readonly [K in keyof C]: C[K] extends string ? string : PluralForms;
};

/** The `{name}` placeholders of one text. */
type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameter names of a message; plurals always take `count`. */
export type NamesOf<M> = M extends string
  ? Placeholders<M>
  : Placeholders<M[keyof M]> | 'count';

export type ParamValue = string | number;

/** The parameters a message needs: none, or one value per placeholder. */
export type ParamsOf<M> = [NamesOf<M>] extends [never]
  ? []
  : [
      params: {
        [P in NamesOf<M>]: P extends 'count' ? number : ParamValue;
      },
    ];
