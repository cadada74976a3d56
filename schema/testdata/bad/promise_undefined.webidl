dictionary D {
  Promise<long> p; // ERROR 3 "Promise<T> is only allowed as an operation result or a [Callbacks] argument"
  sequence<undefined> u; // ERROR 12 "undefined is only allowed as a result type"
};
interface A {
  readonly attribute undefined a; // ERROR 22 "undefined is only allowed as a result type"
  undefined f(Promise<long> p); // ERROR 15 "Promise<T> is only allowed as an operation result or a [Callbacks] argument"
  Promise<sequence<Promise<long>>> g(); // ERROR 20 "Promise<T> is only allowed as an operation result or a [Callbacks] argument"
  Promise<undefined> ok();
};
[JSPath="n"]
namespace N {
  attribute long x; // ERROR 3 "attribute x of namespace N must be readonly"
};
