/**
 * The values of a schema enum, read from the const object generated into @trellis/schema: those named in
 * `order` first, in that order, then any others. The schema lists values alphabetically while a choice
 * shows them in the domain's order; a value added to the schema still shows up without a change here.
 */
export function enumValues<T extends string>(generated: Readonly<Record<string, T>>, order: readonly T[] = []): readonly T[] {
  const all = Object.values(generated);
  return [...order.filter((value) => all.includes(value)), ...all.filter((value) => !order.includes(value))];
}
