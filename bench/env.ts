// Imported first by run.ts, before any module of the API: graphql-js and the API's logger read these
// variables when they load. The Dockerfile runs the API with NODE_ENV=production (graphql-js then skips its
// development-time checks), so that is what the bench measures unless told otherwise.
process.env.NODE_ENV ??= 'production';
process.env.LOG_LEVEL ??= 'warn'; // the API's info lines would interleave with the report
