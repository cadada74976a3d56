interface A {
  undefined f();
  undefined f(long x); // ERROR 13 "duplicate member f in interface A; previous declaration at duplicate_member.webidl:2:13 (overloads are not supported)"
  readonly attribute long f; // ERROR 27 "duplicate member f in interface A; previous declaration at duplicate_member.webidl:2:13 (overloads are not supported)"
};
partial interface A {
  undefined f(); // ERROR 13 "duplicate member f in interface A; previous declaration at duplicate_member.webidl:2:13 (overloads are not supported)"
};
dictionary D {
  long x;
  DOMString x; // ERROR 13 "duplicate member x in dictionary D; previous declaration at duplicate_member.webidl:10:8"
};
partial dictionary D {
  long x; // ERROR 8 "duplicate member x in dictionary D; previous declaration at duplicate_member.webidl:10:8"
};
