// Property tests draw their input from one fixed seed, so `npm test` passes or fails the same way
// on every machine and in CI. `npm run test:explore` (FC_EXPLORE=1) draws a new seed on every run
// and prints it on failure; FC_SEED=<seed> (with the FC_RUNS it failed at) replays one.
import fc from 'fast-check';

const FIXED_SEED = 20261126;

if (process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED) });
else if (!process.env.FC_EXPLORE) fc.configureGlobal({ seed: FIXED_SEED });
