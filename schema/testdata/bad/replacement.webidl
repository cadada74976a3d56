interface A {
  [Replacement="g"] undefined f(); // ERROR 4 "[Replacement] requires [Deprecated]"
  [Deprecated="1.0.0", Replacement=g] undefined old();
  undefined g();
};
