// wink-eng-lite-web-model's parts, imported one by one by winkModel.ts; the package types only its whole model.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
