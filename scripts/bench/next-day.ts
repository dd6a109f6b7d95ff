// Loaded with `--import` into a build to run it one day later than the clock says: the bench's
// rebuild after adding a clipping is the next day's, as for an archive that grows by a clipping
// a day, so anything a page keys on the day of the build shows up as pages rendered again.
// `Date()` called without `new` (a string of the real now) is not shifted: nothing in the build
// reads the day that way.
const RealDate = Date;
const DAY_MS = 86_400_000;

class NextDay extends RealDate {
  constructor(...args: ConstructorParameters<typeof Date> | []) {
    if (args.length === 0) super(RealDate.now() + DAY_MS);
    else super(...(args as ConstructorParameters<typeof Date>));
  }

  static override now(): number {
    return RealDate.now() + DAY_MS;
  }
}

globalThis.Date = NextDay as DateConstructor;
