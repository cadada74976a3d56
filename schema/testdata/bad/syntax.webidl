// Syntax errors: the parser reports each one and keeps going.
interface A {
  undefined f()
  undefined g(); // ERROR 3 "expected \";\", found \"undefined\""
  const long X = 1; // ERROR 3 "constants are not supported"
  static undefined h(); // ERROR 3 "static members are not supported"
};
interface my-thing {}; // ERROR 11 "invalid identifier my-thing: '-' is not allowed in identifiers"
interface B {
  undefined h(long a = 1); // ERROR 22 "only optional arguments can have a default value"
  undefined i(optional long... a); // ERROR 28 "a variadic argument cannot be optional"
};
partial interface B : Base {}; // ERROR 21 "a partial definition cannot declare inheritance"
enum E { "a" "b" }; // ERROR 14 "expected \"}\", found string \"b\""
interface mixin M {}; // ERROR 11 "interface mixins are not supported"
A includes M; // ERROR 1 "includes statements are not supported"
callback interface C {}; // ERROR 10 "callback interfaces are not supported"
interface interface {}; // ERROR 11 "keyword interface cannot be used as a name (escape it as _interface)"
