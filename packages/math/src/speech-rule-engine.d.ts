// speech-rule-engine 4.1.5 has no declarations for `lib/sre.js`; its default export is the System API.
declare module 'speech-rule-engine' {
  const sre: import('./sre-api.js').SreApi;
  export default sre;
}
