interface A {
  Foo get(); // ERROR 3 "unknown type Foo"
  undefined set(sequence<Bar> b); // ERROR 26 "unknown type Bar"
  readonly attribute (long or Baz)? c; // ERROR 31 "unknown type Baz"
};
[JSPath="x"]
namespace N {
  undefined f(A a);
};
dictionary D {
  N n; // ERROR 3 "N is a namespace, not a type"
  record<long, DOMString> r; // ERROR 10 "record key type must be DOMString, USVString or ByteString, not long"
  symbol s; // ERROR 3 "type symbol is not supported"
};
