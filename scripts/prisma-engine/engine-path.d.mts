// Types for engine-path.mjs, so that prisma.config.ts can import it.

/** Absolute path of the WebAssembly schema engine bridge. */
export declare const bridgePath: string;

/**
 * Points PRISMA_SCHEMA_ENGINE_BINARY at the bridge unless the user already chose an engine or
 * Prisma's native engine is installed. Returns the path it set, or null when it left things alone.
 */
export declare function chooseSchemaEngine(env?: NodeJS.ProcessEnv): string | null;

/** Whether the Prisma CLI can run its native schema engine without downloading anything. */
export declare function nativeEngineUsable(env?: NodeJS.ProcessEnv): boolean;
