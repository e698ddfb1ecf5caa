/** A column of a table download (CSV or XLSX): its header and how an item gives its cell. */
export type CsvColumn<T> = { header: string; value: (item: T) => string | number | boolean | null | undefined };
