interface A {
  undefined f([Callbacks] long x); // ERROR 16 "[Callbacks] requires an argument of type Promise<T>, not long"
  undefined g([Callbacks] Promise<long>? x); // ERROR 16 "[Callbacks] requires an argument of type Promise<T>, not Promise<long>?"
  undefined h([Callbacks] Promise<long> a, [Callbacks] Promise<long> b); // ERROR 45 "operation h has more than one [Callbacks] argument"
  long i([Callbacks] Promise<long> a); // ERROR 3 "operation i has a [Callbacks] argument, so it must return undefined, not long"
};
