typedef B A; // ERROR 11 "typedef A refers to itself"
typedef A B;
typedef long? N;
typedef N? NN; // ERROR 10 "type N is already nullable"
