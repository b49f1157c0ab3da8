/** A title as it reads mid-sentence: "Product management ladder" becomes "product management ladder". */
export const lowerFirst = (title: string) => title.replace(/^./, (first) => first.toLowerCase());
