interface A {
  undefined f();
  undefined f(long x); // ERROR 13 "duplicate member f in interface A; previous declaration at duplicate_member.webidl:2:13 (overloads are not supported)"
  readonly attribute long f; // ERROR 27 "duplicate member f in interface A; previous declaration at duplicate_member.webidl:2:13 (overloads are not supported)"
};
partial interface A {
  undefined f(DOMString s); // ERROR 13 "interface A restates f with a different signature (f(DOMString) undefined, was f() undefined); a partial may restate a member only to change its history"
  [GoName=G] undefined f(); // ERROR 24 "restatement of f in interface A cannot rename it"
};
dictionary D {
  long x;
  DOMString x; // ERROR 13 "duplicate member x in dictionary D; previous declaration at duplicate_member.webidl:11:8"
};
partial dictionary D {
  long x; // ERROR 8 "duplicate member x in dictionary D; previous declaration at duplicate_member.webidl:11:8"
};
