interface A : B {}; // ERROR 15 "inheritance cycle: A -> B -> C -> A"
interface B : C {};
interface C : A {};
interface Self : Self {}; // ERROR 18 "inheritance cycle: Self -> Self"
interface Outside : A {};
dictionary P : Q {}; // ERROR 16 "inheritance cycle: P -> Q -> P"
dictionary Q : P {};
