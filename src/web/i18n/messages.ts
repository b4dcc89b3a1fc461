/**
 * The shape every English catalogue takes from its Chinese one: the same keys with any
 * strings, so a key missing in one language fails the type-check. English may add
 * i18next plural forms (`key_one`).
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> } & {
  [K in `${string}_one`]?: string;
};

/** The dotted paths of a catalogue's texts, e.g. `'nav.desk'`. */
export type TextKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${TextKey<T[K]>}`;
}[keyof T & string];
