[Since] // ERROR 2 "malformed [Since]: write it as [Since=\"1.2.3\"]"
interface A {
  [GoName="F"] undefined f(); // ERROR 4 "malformed [GoName]: write it as [GoName=Foo]"
  [Event=change] undefined onChange(H h); // ERROR 4 "malformed [Event]: write it as [Event=\"agent::refresh\"]"
  undefined g([Callbacks=(a, b)] Promise<long> p); // ERROR 16 "malformed [Callbacks]: write it as [Callbacks]"
};
callback H = undefined ();
