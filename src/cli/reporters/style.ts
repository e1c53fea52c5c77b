const ANSI = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, magenta: 35, cyan: 36 } as const;

export type Colour = keyof typeof ANSI;

export type Paint = (colour: Colour, text: string) => string;

/** ANSI colouring when enabled, the text unchanged otherwise. */
export function painter(enabled: boolean): Paint {
  return enabled ? (colour, text) => `\u001b[${ANSI[colour]}m${text}\u001b[0m` : (_colour, text) => text;
}
