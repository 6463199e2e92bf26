export const hello = (x: number): string => `hello ${x}`;
