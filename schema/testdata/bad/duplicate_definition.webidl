interface A {};
dictionary A {}; // ERROR 12 "duplicate definition of A; previous definition at duplicate_definition.webidl:1:11"
enum E { "x" };
typedef long E; // ERROR 14 "duplicate definition of E; previous definition at duplicate_definition.webidl:3:6"
