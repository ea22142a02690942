/** Style sheets imported for their side effect: esbuild writes them beside the bundle. */
declare module '*.css';
