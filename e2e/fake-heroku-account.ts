// The fake Heroku account e2e/fake-heroku-server.ts serves, shared with the specs.
export const E2E_HEROKU_KEY = "e2e-heroku-key-0123456789";
export const E2E_HEROKU_EMAIL = "ops@acme.example";
