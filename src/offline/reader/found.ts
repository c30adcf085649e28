// A value the reader is sure of, with the brief's own words it came from.

export interface Found<T> {
  readonly value: T;
  /** The sentence or clause of the brief, as written (normalised spaces and quotes). */
  readonly from: string;
}
