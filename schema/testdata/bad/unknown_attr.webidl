[Exposed=Window] // ERROR 2 "unknown extended attribute [Exposed]"
interface A {
  [SameObject, GoName=B] undefined f(); // ERROR 4 "unknown extended attribute [SameObject]"
  undefined g([Clamp] long x); // ERROR 16 "unknown extended attribute [Clamp]"
};
enum E { [Nmae=X] "x" }; // ERROR 11 "unknown extended attribute [Nmae]"
