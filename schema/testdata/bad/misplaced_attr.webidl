[JSClass="connect.D"] // ERROR 2 "[JSClass] does not apply to a dictionary"
dictionary D {
  [Callbacks] long x; // ERROR 4 "[Callbacks] does not apply to a dictionary member"
};
interface A {
  [Callbacks] undefined f(); // ERROR 4 "[Callbacks] does not apply to an operation"
  [Name=X] undefined g(); // ERROR 4 "[Name] does not apply to an operation"
  [Event] readonly attribute long a; // ERROR 4 "[Event] does not apply to an attribute"
};
[JSDate] typedef object Date; // ERROR 2 "[JSDate] does not apply to a typedef"
[GoName=T] typedef long T; // ERROR 2 "[GoName] does not apply to a typedef"
callback H = undefined ([Callbacks] Promise<long> p); // ERROR 26 "[Callbacks] does not apply to a callback argument" ERROR 37 "Promise<T> is only allowed as an operation result or a [Callbacks] argument"
[JSPath="x.y"] interface B {}; // ERROR 2 "[JSPath] does not apply to an interface"
interface C {
  undefined f([Since="1.0.0"] long x); // ERROR 16 "[Since] does not apply to an argument"
  [GoName=X, GoName=Y] undefined g(); // ERROR 14 "duplicate extended attribute [GoName]"
};
