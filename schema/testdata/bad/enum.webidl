enum E {
  [Name=INIT] "agent::init",
  "b",
  "b", // ERROR 3 "duplicate value \"b\" in enum E; previous at enum.webidl:3:3"
  [Name=INIT] "agent::other", // ERROR 9 "duplicate [Name=INIT] in enum E; previous at enum.webidl:2:9"
};
enum Empty {}; // ERROR 6 "enum Empty has no values"
