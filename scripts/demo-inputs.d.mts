/** The article files of `dir` that the demo ingests (see demo-inputs.mjs). */
export function demoInputs(dir: string): string[];
