// The app version the CLI writes into its output: inlined by the bundle's build (build/cliBundle.mjs
// defines __APP_VERSION__ from package.json), so the CLI reads no file at run time. Sources run
// unbundled (by a test through tsx, say) have no version to tell.

declare const __APP_VERSION__: string | undefined;

export const APP_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'unbundled';
