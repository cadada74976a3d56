dictionary Base {
  long id;
};
dictionary D : Base {
  required DOMString name = "x"; // ERROR 29 "required member name cannot have a default value"
  long id; // ERROR 8 "member id of dictionary D duplicates member id of inherited dictionary Base at dictionary.webidl:2:8"
};
dictionary E : D {
  DOMString id; // ERROR 13 "member id of dictionary E duplicates member id of inherited dictionary D at dictionary.webidl:6:8"
};
