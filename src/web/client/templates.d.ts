// The roadmap template, precompiled by the server's esbuild plugin (src/server/client-assets.ts).
declare module 'boussole:templates' {
  export const roadmapTemplate: (context: object) => string;
}
