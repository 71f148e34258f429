// The version that fitted a model goes into the model file; kept in step with package.json by test/fit.test.ts.
export const CXTONE_VERSION = '0.1.0';
