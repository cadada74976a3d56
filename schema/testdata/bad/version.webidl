[Since="1.2"] // ERROR 8 "invalid version \"1.2\" in [Since]: want MAJOR.MINOR.PATCH, as in \"2.4.1\""
interface A {
  [Since="v1.0.0"] undefined f(); // ERROR 10 "invalid version \"v1.0.0\" in [Since]: want MAJOR.MINOR.PATCH, as in \"2.4.1\""
  [Since="2.0.0", Deprecated="1.9.9"] undefined g(); // ERROR 30 "[Deprecated] version 1.9.9 is earlier than [Since] version 2.0.0"
  [Since="2.10.0", Removed="2.9.0"] undefined h(); // ERROR 28 "[Removed] version 2.9.0 is earlier than [Since] version 2.10.0"
  [Deprecated="3.0.0", Removed="2.0.0"] undefined i(); // ERROR 32 "[Removed] version 2.0.0 is earlier than [Deprecated] version 3.0.0"
  [Since="1.0.0", Deprecated="1.10.0"] undefined ok(); // numeric, not lexical, comparison
};
enum E { [Removed="1.0.0-beta"] "x" }; // ERROR 19 "invalid version \"1.0.0-beta\" in [Removed]: want MAJOR.MINOR.PATCH, as in \"2.4.1\""
