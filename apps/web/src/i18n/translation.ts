/** Every key of an English part, with string leaves; extra keys carry a language's own plural forms (Polish _few, _many). */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> } & { [extra: string]: unknown };
