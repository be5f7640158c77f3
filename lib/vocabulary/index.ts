// The product's fixed vocabulary, as the URL slugs in docs/product.md, with the labels pages show: one list per
// concept, imported by the filters, the API, the seed loader, the exports and the pages alike. Database enum
// values are these same slugs.

export * from "./councils";
export * from "./partnerships";
export * from "./slugs";
export * from "./search-synonyms";
